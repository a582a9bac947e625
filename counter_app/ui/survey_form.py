"""The touch SKM form: one unsur per page with four big answers, then the profile, then thanks."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import paths, survey
from counter_app.errors import UserError
from counter_app.print.ticket_slip import plain_title
from counter_app.survey import SurveyAnswers, SurveyService, SurveyServiceChoice
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

THANKS_SECONDS = 10
INTRO_TEXT = (
    "Bantu kami memperbaiki pelayanan. Jawab 9 pertanyaan singkat dengan mengetuk satu jawaban. Survei ini tanpa nama."
)
ANSWER_MISSING = "Pilih salah satu jawaban untuk pertanyaan ini."
PROFILE_MISSING = "Lengkapi dulu: {missing}."


def _label(text: str, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _button(text: str, name: str, *, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return button


class ChoiceGrid(QWidget):
    """Big exclusive toggle buttons for one profile question (codes as button data).

    Signals:
        chosen(str): the code tapped.
    """

    chosen = Signal(str)

    def __init__(self, name: str, options: Sequence[tuple[str, str]], columns: int, *, squeeze: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for n, (code, label) in enumerate(options):
            button = _button(label, "surveyChoice", checkable=True)
            button.setProperty("code", code)
            if squeeze:  # long titles: never wider than the page (the whole title stays in the tooltip)
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                button.setToolTip(label)
            self.group.addButton(button)
            self.buttons[code] = button
            grid.addWidget(button, n // columns, n % columns)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))

    @property
    def value(self) -> str:
        """The chosen code, or '' when none is chosen."""
        checked = self.group.checkedButton()
        return str(checked.property("code")) if checked is not None else ""

    def clear(self) -> None:
        """Unselect every button."""
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)

    def choose(self, code: str) -> None:
        """Select ``code`` (tests and screenshots tap it)."""
        self.buttons[code].click()


class SurveyForm(QWidget):
    """The whole SKM questionnaire for a touch screen; submits through ``SurveyService.submit``.

    Pages: intro, the nine unsur (one per page; tapping an answer moves on), the profile, the service used
    (with the optional ticket number and a suggestion), thanks. Nothing is stored until "Kirim".

    Signals:
        submitted(object): SubmittedResponse after a stored survey.
        finished(): the respondent is done (thanks page closed, or cancelled); the host may go home.
    """

    submitted = Signal(object)
    finished = Signal()

    def __init__(self, *, survey_service: SurveyService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._survey = survey_service
        self._runner = runner
        self._answers: list[int | None] = [None] * survey.UNSUR_COUNT
        self._services: list[SurveyServiceChoice] = []
        self._sending = False
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("surveyForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        style = paths.resource("styles/survey.qss")
        if style.exists():
            self.setStyleSheet(style.read_text(encoding="utf-8"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_intro())
        self.unsur_page = self._build_unsur_page()
        self.pages.addWidget(self.unsur_page)
        self.profile_page = self._build_profile_page()
        self.pages.addWidget(self.profile_page)
        self.education_page = self._build_education_page()
        self.pages.addWidget(self.education_page)
        self.service_page = self._build_service_page()
        self.pages.addWidget(self.service_page)
        self.thanks_page = self._build_thanks_page()
        self.pages.addWidget(self.thanks_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.pages)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)

    def _card(self) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("surveyCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(10)
        return card, layout

    def _build_intro(self) -> QWidget:
        self.intro_page, layout = self._card()
        layout.addStretch(1)
        layout.addWidget(_label(self.tr("Survei Kepuasan Masyarakat"), "surveyTitle"))
        layout.addWidget(_label(self.tr(INTRO_TEXT), "surveyText"))
        self.start_button = _button(self.tr("Mulai Survei"), "surveyPrimary")
        self.intro_cancel_button = _button(self.tr("Kembali"), "surveySecondary")
        row = QHBoxLayout()
        row.addWidget(self.intro_cancel_button)
        row.addWidget(self.start_button, 2)
        layout.addStretch(1)
        layout.addLayout(row)
        return self.intro_page

    def _build_unsur_page(self) -> QWidget:
        page, layout = self._card()
        self.unsur_progress = _label("", "surveyProgress")
        self.unsur_name = _label("", "surveyUnsur")
        self.unsur_question = _label("", "surveyQuestion")
        self.answer_group = QButtonGroup(self)
        self.answer_buttons: list[QPushButton] = []
        answers = QVBoxLayout()
        answers.setSpacing(8)
        for value in survey.SCALE:
            button = _button("", "surveyAnswer", checkable=True)
            button.setProperty("value", value)
            self.answer_group.addButton(button, value)
            self.answer_buttons.append(button)
            answers.addWidget(button)
        self.unsur_message = _label("", "surveyMessage")
        self.unsur_message.hide()
        self.back_button = _button(self.tr("Sebelumnya"), "surveySecondary")
        self.next_button = _button(self.tr("Lanjut"), "surveyPrimary")
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addWidget(self.unsur_progress)
        layout.addWidget(self.unsur_name)
        layout.addWidget(self.unsur_question)
        layout.addLayout(answers)
        layout.addWidget(self.unsur_message)
        layout.addStretch(1)
        layout.addLayout(row)
        self._index = 0
        return page

    def _section(self, layout: QVBoxLayout, title: str, widget: QWidget) -> None:
        layout.addWidget(_label(title, "surveySection"))
        layout.addWidget(widget)

    def _build_profile_page(self) -> QWidget:
        page, layout = self._card()
        layout.addWidget(_label(self.tr("Tentang Anda"), "surveyTitle"))
        self.age_choice = ChoiceGrid("ageChoice", list(survey.AGE_BANDS.items()), 3)
        self.sex_choice = ChoiceGrid("sexChoice", list(survey.SEXES.items()), 2)
        self._section(layout, self.tr("Umur"), self.age_choice)
        self._section(layout, self.tr("Jenis kelamin"), self.sex_choice)
        self.profile_message = _label("", "surveyMessage")
        self.profile_message.hide()
        layout.addWidget(self.profile_message)
        layout.addStretch(1)
        self.profile_back_button = _button(self.tr("Sebelumnya"), "surveySecondary")
        self.profile_next_button = _button(self.tr("Lanjut"), "surveyPrimary")
        row = QHBoxLayout()
        row.addWidget(self.profile_back_button)
        row.addWidget(self.profile_next_button)
        layout.addLayout(row)
        return page

    def _build_education_page(self) -> QWidget:
        page, layout = self._card()
        layout.addWidget(_label(self.tr("Tentang Anda"), "surveyTitle"))
        self.education_choice = ChoiceGrid("educationChoice", list(survey.EDUCATION_LEVELS.items()), 4)
        self.occupation_choice = ChoiceGrid("occupationChoice", list(survey.OCCUPATIONS.items()), 3)
        self._section(layout, self.tr("Pendidikan terakhir"), self.education_choice)
        self._section(layout, self.tr("Pekerjaan"), self.occupation_choice)
        self.education_message = _label("", "surveyMessage")
        self.education_message.hide()
        layout.addWidget(self.education_message)
        layout.addStretch(1)
        self.education_back_button = _button(self.tr("Sebelumnya"), "surveySecondary")
        self.education_next_button = _button(self.tr("Lanjut"), "surveyPrimary")
        row = QHBoxLayout()
        row.addWidget(self.education_back_button)
        row.addWidget(self.education_next_button)
        layout.addLayout(row)
        return page

    def _build_service_page(self) -> QWidget:
        page, layout = self._card()
        layout.addWidget(_label(self.tr("Layanan yang Anda terima hari ini"), "surveyTitle"))
        self.service_holder = QWidget()
        self.service_holder.setObjectName("surveyServices")
        self.service_layout = QVBoxLayout(self.service_holder)
        self.service_layout.setContentsMargins(0, 0, 0, 0)
        self.service_choice = ChoiceGrid("serviceChoice", [], 1)
        self.service_layout.addWidget(self.service_choice)
        scroll = QScrollArea()
        scroll.setObjectName("surveyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.service_holder)
        layout.addWidget(scroll, 1)
        self.ticket_input = QLineEdit()
        self.ticket_input.setObjectName("surveyTicket")
        self.ticket_input.setPlaceholderText(self.tr("Nomor antrean (boleh kosong), misalnya A-001"))
        self.ticket_input.setMaxLength(8)
        self.suggestion_input = QLineEdit()
        self.suggestion_input.setObjectName("surveySuggestion")
        self.suggestion_input.setPlaceholderText(self.tr("Saran untuk kami (boleh kosong)"))
        self.suggestion_input.setMaxLength(survey.SUGGESTION_MAX)
        layout.addWidget(self.ticket_input)
        layout.addWidget(self.suggestion_input)
        self.service_message = _label("", "surveyMessage")
        self.service_message.hide()
        layout.addWidget(self.service_message)
        self.service_back_button = _button(self.tr("Sebelumnya"), "surveySecondary")
        self.send_button = _button(self.tr("Kirim Survei"), "surveyPrimary")
        row = QHBoxLayout()
        row.addWidget(self.service_back_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        return page

    def _build_thanks_page(self) -> QWidget:
        page, layout = self._card()
        layout.addStretch(1)
        layout.addWidget(_label(self.tr("Terima kasih!"), "surveyTitle"))
        layout.addWidget(
            _label(
                self.tr("Jawaban Anda sudah kami terima dan membantu kami memperbaiki pelayanan."),
                "surveyText",
            )
        )
        layout.addStretch(1)
        self.thanks_button = _button(self.tr("Selesai"), "surveyPrimary")
        layout.addWidget(self.thanks_button)
        return page

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.intro_cancel_button.clicked.connect(self._on_cancel)
        self.answer_group.idClicked.connect(self._on_answer_group_id_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.profile_back_button.clicked.connect(lambda: self._show_unsur(survey.UNSUR_COUNT - 1))
        self.profile_next_button.clicked.connect(self._on_profile_next_button_clicked)
        self.education_back_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.profile_page))
        self.education_next_button.clicked.connect(self._on_education_next_button_clicked)
        self.service_back_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.education_page))
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.thanks_button.clicked.connect(self._on_thanks_done)
        self._thanks_timer.timeout.connect(self._on_thanks_done)

    def _load(self) -> None:
        self._runner.run(self._survey.services, self._on_services_loaded, self._on_services_failed)

    # ---- public ---------------------------------------------------------------------------------

    @property
    def answers(self) -> tuple[int | None, ...]:
        """The answers chosen so far (None where not yet answered)."""
        return tuple(self._answers)

    @property
    def current_unsur(self) -> int:
        """The index (0-8) of the unsur page."""
        return self._index

    def reset(self) -> None:
        """Start again from the intro with nothing chosen (each new respondent)."""
        self._thanks_timer.stop()
        self._answers = [None] * survey.UNSUR_COUNT
        for grid in (self.age_choice, self.sex_choice, self.education_choice, self.occupation_choice):
            grid.clear()
        self.service_choice.clear()
        self.ticket_input.clear()
        self.suggestion_input.clear()
        for message in (self.unsur_message, self.profile_message, self.education_message, self.service_message):
            message.hide()
        self._index = 0
        self.pages.setCurrentWidget(self.intro_page)

    def start(self) -> None:
        """Skip the intro: show the first question."""
        self._show_unsur(0)

    def answer(self, value: int) -> None:
        """Tap answer ``value`` (1-4) of the question showing (tests and screenshots)."""
        self.answer_buttons[value - 1].click()

    def select_service(self, code: str) -> None:
        """Tap the service with this code (tests and screenshots)."""
        for choice in self._services:
            if choice.code == code:
                self.service_choice.choose(str(choice.id))
                return
        raise KeyError(code)

    # ---- unsur pages ----------------------------------------------------------------------------

    def _show_unsur(self, index: int) -> None:
        self._index = index
        spec = survey.UNSUR[index]
        self.unsur_progress.setText(
            self.tr("Pertanyaan %1 dari %2").replace("%1", str(index + 1)).replace("%2", str(survey.UNSUR_COUNT))
        )
        self.unsur_name.setText(spec.name)
        self.unsur_question.setText(spec.question)
        self.answer_group.setExclusive(False)
        for value, button in zip(survey.SCALE, self.answer_buttons, strict=True):
            button.setText(spec.answers[value - 1])
            button.setChecked(self._answers[index] == value)
        self.answer_group.setExclusive(True)
        self.unsur_message.hide()
        self.pages.setCurrentWidget(self.unsur_page)

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self.start()

    @Slot(int)
    def _on_answer_group_id_clicked(self, value: int) -> None:
        self._answers[self._index] = value
        self._advance()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self._answers[self._index] is None:
            self.unsur_message.setText(self.tr(ANSWER_MISSING))
            self.unsur_message.show()
            return
        self._advance()

    def _advance(self) -> None:
        if self._index + 1 < survey.UNSUR_COUNT:
            self._show_unsur(self._index + 1)
            return
        missing = [str(n + 1) for n, a in enumerate(self._answers) if a is None]
        if missing:  # cannot happen through the pages, but never send an incomplete form
            self._show_unsur(int(missing[0]) - 1)
            return
        self.pages.setCurrentWidget(self.profile_page)

    @Slot()
    def _on_back_button_clicked(self) -> None:
        if self._index == 0:
            self.pages.setCurrentWidget(self.intro_page)
        else:
            self._show_unsur(self._index - 1)

    # ---- profile and sending --------------------------------------------------------------------

    def _profile_step(self, grids: Sequence[tuple[str, ChoiceGrid]], message: QLabel, then: QWidget) -> None:
        missing = [title for title, grid in grids if not grid.value]
        if missing:
            message.setText(self.tr(PROFILE_MISSING).replace("{missing}", ", ".join(missing)))
            message.show()
            return
        message.hide()
        self.pages.setCurrentWidget(then)

    @Slot()
    def _on_profile_next_button_clicked(self) -> None:
        grids = ((self.tr("umur"), self.age_choice), (self.tr("jenis kelamin"), self.sex_choice))
        self._profile_step(grids, self.profile_message, self.education_page)

    @Slot()
    def _on_education_next_button_clicked(self) -> None:
        grids = ((self.tr("pendidikan"), self.education_choice), (self.tr("pekerjaan"), self.occupation_choice))
        self._profile_step(grids, self.education_message, self.service_page)

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if self._sending:
            return
        missing = [str(n + 1) for n, a in enumerate(self._answers) if a is None]
        if missing:
            self._show_send_error(self.tr("Pertanyaan nomor %1 belum dijawab.").replace("%1", ", ".join(missing)))
            return
        code = self.service_choice.value
        ticket = self.ticket_input.text().strip()
        if not code and not ticket:
            self._show_send_error(self.tr("Pilih layanan yang Anda terima, atau ketik nomor antrean Anda."))
            return
        form = SurveyAnswers(
            answers=tuple(self._answers),
            age_band=self.age_choice.value,
            sex=self.sex_choice.value,
            education=self.education_choice.value,
            occupation=self.occupation_choice.value,
            service_id=uuid.UUID(code) if code else None,
            ticket_code=ticket,
            suggestion=self.suggestion_input.text(),
        )
        self._sending = True
        self.send_button.setEnabled(False)
        self._runner.run(lambda: self._survey.submit(form), self._on_submit_done, self._on_submit_failed)

    def _show_send_error(self, text: str) -> None:
        self.service_message.setText(text)
        self.service_message.show()

    def _on_submit_done(self, result: survey.SubmittedResponse) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.service_message.hide()
        self.pages.setCurrentWidget(self.thanks_page)
        self._thanks_timer.start(THANKS_SECONDS * 1000)
        self.submitted.emit(result)

    def _on_submit_failed(self, exc: BaseException) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._show_send_error(str(exc))
            return
        log.error("survey submission failed", exc_info=exc)
        self._show_send_error(self.tr("Survei belum dapat dikirim. Coba sekali lagi atau panggil petugas."))

    @Slot()
    def _on_thanks_done(self) -> None:
        self.reset()
        self.finished.emit()

    @Slot()
    def _on_cancel(self) -> None:
        self.reset()
        self.finished.emit()

    def _on_services_loaded(self, services: list[SurveyServiceChoice]) -> None:
        self._services = services
        self.service_layout.removeWidget(self.service_choice)
        self.service_choice.deleteLater()
        options = [(str(s.id), plain_title(s.title)) for s in services]
        self.service_choice = ChoiceGrid("serviceChoice", options, 1, squeeze=True)
        self.service_layout.addWidget(self.service_choice)

    def _on_services_failed(self, exc: BaseException) -> None:
        log.error("survey: services could not be loaded", exc_info=exc)
        self._show_send_error(self.tr("Daftar layanan belum dapat dimuat; ketik nomor antrean Anda."))
