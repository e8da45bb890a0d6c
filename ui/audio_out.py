"""The speaker: a :class:`~kiosk.voice.AudioOutput` on QtMultimedia (``QAudioSink`` fed from a ``QBuffer``).

Qt audio objects belong to the Qt thread, while :class:`~kiosk.voice.VoiceGuide` plays from its
worker. :class:`QtAudioOutput` is therefore a ``QObject`` living on the Qt thread whose ``play``
and ``stop`` only emit signals with a *queued* connection: the work happens on the Qt thread, in
the order it was asked for, whichever thread asked. Audio stays in memory.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal, Slot
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices

from kiosk.voice.ports import Audio

logger = logging.getLogger(__name__)


class QtAudioOutput(QObject):
    """Plays :class:`~kiosk.voice.Audio` on an audio device; create it on the Qt thread.

    :param device: the device to use; by default the system's default output, followed when it changes.
    """

    _play_requested = Signal(object, float)
    _stop_requested = Signal()

    def __init__(self, device: QAudioDevice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._follow_default = device is None
        self._device = QMediaDevices.defaultAudioOutput() if device is None else device
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None
        self._warned = False
        self._media_devices = QMediaDevices(self)
        self._media_devices.audioOutputsChanged.connect(self._devices_changed)
        self._play_requested.connect(self._play, Qt.ConnectionType.QueuedConnection)
        self._stop_requested.connect(self._stop, Qt.ConnectionType.QueuedConnection)
        self._warn_if_unavailable()

    @property
    def available(self) -> bool:
        """False when there is no audio device (``play`` is then a no-op)."""
        return not self._device.isNull()

    def play(self, audio: Audio, volume: float) -> None:
        """Play ``audio`` at ``volume`` (0–1) instead of whatever plays. Any thread; returns at once."""
        self._play_requested.emit(audio, float(volume))

    def stop(self) -> None:
        """Stop playing. Any thread; returns at once."""
        self._stop_requested.emit()

    @Slot()
    def _devices_changed(self) -> None:
        if self._follow_default:
            self._stop()
            self._device = QMediaDevices.defaultAudioOutput()
            self._warned = False
            self._warn_if_unavailable()

    def _warn_if_unavailable(self) -> None:
        if not self.available and not self._warned:
            self._warned = True
            logger.warning("no audio output device: voice guidance stays silent")

    @Slot(object, float)
    def _play(self, audio: Audio, volume: float) -> None:
        self._stop()
        if not self.available or not len(audio.samples):
            return
        fitted = fit_to_device(audio, self._device)
        if fitted is None:
            logger.warning("audio device %r takes no 16-bit PCM format", self._device.description())
            return
        audio_format, data = fitted
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(self._device, audio_format, self)
        self._sink.setVolume(min(1.0, max(0.0, volume)))
        self._sink.stateChanged.connect(self._state_changed)
        self._sink.start(self._buffer)

    @Slot(QAudio.State)
    def _state_changed(self, state: QAudio.State) -> None:
        sink = self._sink
        if sink is None or self.sender() is not sink:
            return
        # sink.error() is compared by name: PySide6 6.11 returns a QtAudio.Error, which never equals a
        # QAudio.Error (and some supported versions have no QtAudio to compare with).
        if state == QAudio.State.IdleState:  # the buffer has been played out
            self._stop()
        elif state == QAudio.State.StoppedState and sink.error().name != "NoError":
            logger.warning("audio output stopped: %s", sink.error().name)
            self._stop()

    @Slot()
    def _stop(self) -> None:
        sink, buffer, self._sink, self._buffer = self._sink, self._buffer, None, None
        if sink is not None:
            sink.stateChanged.disconnect(self._state_changed)
            sink.stop()
            sink.deleteLater()
        if buffer is not None:
            buffer.close()
            buffer.deleteLater()


def fit_to_device(audio: Audio, device: QAudioDevice) -> tuple[QAudioFormat, bytes] | None:
    """The format and bytes to play ``audio`` on ``device``: as it is when the device takes it,
    otherwise resampled (and doubled to stereo) to the device's preferred rate; ``None`` if even
    that is refused."""
    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    wanted.setChannelCount(1)
    wanted.setSampleRate(audio.rate)
    if device.isFormatSupported(wanted):
        return wanted, audio.samples.tobytes()
    preferred = device.preferredFormat()
    wanted.setSampleRate(preferred.sampleRate())
    wanted.setChannelCount(preferred.channelCount())
    if not device.isFormatSupported(wanted):
        return None
    samples = resample(audio.samples, audio.rate, wanted.sampleRate())
    if wanted.channelCount() > 1:
        samples = np.repeat(samples, wanted.channelCount())
    return wanted, samples.astype("<i2").tobytes()


def resample(samples: np.ndarray, rate: int, new_rate: int) -> np.ndarray:
    """``samples`` at ``new_rate`` by linear interpolation (plenty for speech)."""
    if rate == new_rate or not len(samples):
        return samples
    count = max(1, round(len(samples) * new_rate / rate))
    positions = np.arange(count) * (rate / new_rate)
    return np.rint(np.interp(positions, np.arange(len(samples)), samples)).astype(np.int16)
