"""The training tab offers exactly what the engine trains, at the course's values from one place."""

from __future__ import annotations

from training_helpers import set_combo

from engine import course_defaults as course
from engine.training import TrainConfig
from gui.training_experiments import experiment_base


def combo_data(combo) -> tuple:
    return tuple(combo.itemData(i) for i in range(combo.count()))


def test_the_controls_offer_exactly_the_engines_tasks_implementations_and_losses(training_tab):
    assert combo_data(training_tab.task_combo) == course.TASKS
    assert combo_data(training_tab.impl_combo) == course.IMPLS
    assert combo_data(training_tab.loss_combo) == course.LOSSES


def test_reset_puts_the_engines_course_values_for_each_task(training_tab):
    for task in course.TASKS:
        set_combo(training_tab.task_combo, task)
        training_tab.reset_button.click()
        config = training_tab.current_config()
        expected = course.course_values(task)
        for key in ("lr", "batch_size", "epochs", "loss", "huber_delta", "seed", "init_sigma",
                    "hidden"):
            assert config[key] == expected[key], (task, key)


def test_engine_config_and_experiments_start_from_the_same_values():
    config = TrainConfig()
    assert {k: getattr(config, k) for k in course.course_values(config.task)} == \
        course.course_values(config.task)
    for task in course.TASKS:
        assert experiment_base("lr", task)["lr"] == course.TASK_DEFAULTS[task]["lr"]
