<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="137" />
        <source>DiveLab · Dive into Deep Learning interactive lab</source>
        <translation>DiveLab · Dive into Deep Learning interactive lab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139" />
        <source>Tensors</source>
        <translation>Tensors</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140" />
        <source>Preprocessing</source>
        <translation>Preprocessing</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142" />
        <source>Classifier</source>
        <translation>Classifier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143" />
        <source>Perceptron</source>
        <translation>Perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144" />
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150" />
        <source>Choose &amp;dataset folder…</source>
        <translation>Choose &amp;dataset folder…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156" />
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161" />
        <source>&amp;About DiveLab</source>
        <translation>&amp;About DiveLab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212" />
        <source>Device: detecting…</source>
        <translation>Device: detecting…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214" />
        <location filename="../../gui/main_window.py" line="257" />
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216" />
        <source>Fashion-MNIST: looking…</source>
        <translation>Fashion-MNIST: looking…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220" />
        <source>Fashion-MNIST: %1</source>
        <translation>Fashion-MNIST: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223" />
        <source>Fashion-MNIST: not found (File ▸ Choose dataset folder)</source>
        <translation>Fashion-MNIST: not found (File ▸ Choose dataset folder)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225" />
        <source>Looked in:
%1

Install the Debian/Ubuntu package 'dataset-fashion-mnist' or choose a folder with the four .gz files.</source>
        <translation>Looked in:
%1

Install the Debian/Ubuntu package 'dataset-fashion-mnist' or choose a folder with the four .gz files.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231" />
        <source>Choose the Fashion-MNIST folder</source>
        <translation>Choose the Fashion-MNIST folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240" />
        <source>About DiveLab</source>
        <translation>About DiveLab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251" />
        <source>not loaded yet</source>
        <translation>not loaded yet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253" />
        <source>detecting…</source>
        <translation>detecting…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254" />
        <source>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;An interactive lab for the first chapters of &lt;i&gt;Dive into Deep Learning&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;An interactive lab for the first chapters of &lt;i&gt;Dive into Deep Learning&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="286" />
        <source>Some work is not saved. Quit anyway?</source>
        <translation>Some work is not saved. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <location filename="../../gui/main_window.py" line="44" />
        <source>This part of the lab is not available in this build.</source>
        <translation>This part of the lab is not available in this build.</translation>
    </message>
</context>
</TS>