--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: applicant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applicant (
    id uuid NOT NULL,
    kind character varying(16) NOT NULL,
    nik character varying(16),
    name character varying(200) NOT NULL,
    name_folded character varying(200) NOT NULL,
    birth_date date,
    sex character varying(1),
    phone character varying(32) NOT NULL,
    address text NOT NULL,
    nib character varying(32),
    npwp character varying(32),
    npsn character varying(16),
    contact_person character varying(200) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: application; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application (
    id uuid NOT NULL,
    tracking_number character varying(32) NOT NULL,
    service_id uuid NOT NULL,
    intake_id uuid,
    applicant_id uuid,
    subject character varying(300) NOT NULL,
    received_at timestamp without time zone NOT NULL,
    due_at timestamp without time zone NOT NULL,
    step_position integer,
    status character varying(16) NOT NULL,
    product_number character varying(100),
    product_date date,
    version integer NOT NULL,
    created_by uuid,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: application_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_counter (
    code character varying(16) NOT NULL,
    year integer NOT NULL,
    last_number integer NOT NULL
);


--
-- Name: application_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_step (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    seq integer NOT NULL,
    step_position integer,
    action character varying(16) NOT NULL,
    actor_id uuid,
    actor_name character varying(200) NOT NULL,
    note text NOT NULL,
    at timestamp without time zone NOT NULL
);


--
-- Name: audit_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entry (
    id uuid NOT NULL,
    at timestamp without time zone NOT NULL,
    station character varying(100) NOT NULL,
    user_id uuid,
    username character varying(64) NOT NULL,
    action character varying(64) NOT NULL,
    entity character varying(64) NOT NULL,
    entity_id character varying(64) NOT NULL,
    detail json NOT NULL
);


--
-- Name: call_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.call_event (
    id uuid NOT NULL,
    at timestamp without time zone NOT NULL,
    ticket_id uuid NOT NULL,
    counter_id uuid NOT NULL,
    code character varying(8) NOT NULL,
    counter_number integer NOT NULL,
    kind character varying(8) NOT NULL
);


--
-- Name: counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counter (
    id uuid NOT NULL,
    number integer NOT NULL,
    name character varying(100) NOT NULL,
    active boolean NOT NULL,
    normal_since_priority integer DEFAULT 0 NOT NULL
);


--
-- Name: counter_service; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counter_service (
    counter_id uuid NOT NULL,
    service_id uuid NOT NULL
);


--
-- Name: intake; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.intake (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    variant character varying(32) NOT NULL,
    applicant_id uuid NOT NULL,
    ticket_id uuid,
    status character varying(16) NOT NULL,
    created_by uuid,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: intake_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.intake_attachment (
    id uuid NOT NULL,
    intake_id uuid NOT NULL,
    requirement_id uuid NOT NULL,
    filename character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    data bytea,
    path text,
    sha256 character varying(64) NOT NULL,
    size integer NOT NULL,
    added_at timestamp without time zone NOT NULL
);


--
-- Name: intake_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.intake_item (
    intake_id uuid NOT NULL,
    requirement_id uuid NOT NULL,
    present boolean NOT NULL,
    note text NOT NULL
);


--
-- Name: local_day_off; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_day_off (
    day date NOT NULL,
    name character varying(200) NOT NULL
);


--
-- Name: office_setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.office_setting (
    key character varying(64) NOT NULL,
    value json NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: service; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service (
    id uuid NOT NULL,
    key character varying(64) NOT NULL,
    code character varying(16) NOT NULL,
    ticket_prefix character varying(2),
    active boolean NOT NULL,
    title text NOT NULL,
    office character varying(200) NOT NULL,
    bidang character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    is_public boolean NOT NULL,
    time_limit_value integer,
    time_limit_unit character varying(8),
    content json NOT NULL,
    content_hash character varying(64) NOT NULL,
    "position" integer NOT NULL,
    loaded_at timestamp without time zone NOT NULL,
    daily_quota integer,
    cutoff_time time without time zone,
    avg_service_minutes integer DEFAULT 10 NOT NULL
);


--
-- Name: service_requirement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_requirement (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    variant character varying(32) NOT NULL,
    variant_label character varying(200) NOT NULL,
    "position" integer NOT NULL,
    text text NOT NULL,
    sub_items json NOT NULL,
    active boolean NOT NULL
);


--
-- Name: service_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_step (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    "position" integer NOT NULL,
    text text NOT NULL,
    actor character varying(200) NOT NULL,
    active boolean NOT NULL
);


--
-- Name: ticket; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket (
    id uuid NOT NULL,
    day date NOT NULL,
    number integer NOT NULL,
    code character varying(8) NOT NULL,
    origin_service_id uuid NOT NULL,
    service_id uuid NOT NULL,
    target_counter_id uuid,
    priority boolean NOT NULL,
    status character varying(16) NOT NULL,
    outcome character varying(16),
    counter_id uuid,
    clerk_id uuid,
    issued_at timestamp without time zone NOT NULL,
    queued_at timestamp without time zone,
    called_at timestamp without time zone,
    call_count integer NOT NULL,
    serving_started_at timestamp without time zone,
    finished_at timestamp without time zone,
    note character varying(200) NOT NULL
);


--
-- Name: ticket_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_counter (
    service_id uuid NOT NULL,
    day date NOT NULL,
    last_number integer NOT NULL
);


--
-- Name: ticket_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_event (
    id uuid NOT NULL,
    ticket_id uuid NOT NULL,
    at timestamp without time zone NOT NULL,
    kind character varying(16) NOT NULL,
    from_status character varying(16) NOT NULL,
    to_status character varying(16) NOT NULL,
    counter_id uuid,
    user_id uuid,
    detail json NOT NULL
);


--
-- Name: user_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_account (
    id uuid NOT NULL,
    username character varying(64) NOT NULL,
    full_name character varying(200) NOT NULL,
    nip character varying(32) NOT NULL,
    role character varying(32) NOT NULL,
    password_hash character varying(255) NOT NULL,
    active boolean NOT NULL,
    failed_logins integer NOT NULL,
    locked_until timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    last_login_at timestamp without time zone
);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alembic_version (version_num) FROM stdin;
0003_intake
\.


--
-- Data for Name: applicant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applicant (id, kind, nik, name, name_folded, birth_date, sex, phone, address, nib, npwp, npsn, contact_person, created_at, updated_at) FROM stdin;
6378f570-cdfd-4aed-bde7-ad2bd1de72aa	company	\N	PT Sinar Jaya Abadi	pt sinar jaya abadi	\N	\N		Jalan Raya Ngoro No. 12, Ngoro	9120001234567	\N	\N	Hadi Purnomo	2026-11-02 08:40:50	2026-11-02 08:40:50
dc418471-dea9-4a6c-9f50-d279e962f3c3	person	3516085503950002	Dwi Rahayu	dwi rahayu	1995-03-15	P	0812-3456-7891	Dusun Kedungsari, Mojosari	\N	\N	\N		2026-11-03 08:52:50	2026-11-03 08:52:50
06441ba8-afa3-4838-a07e-ccf073f5deb0	person	3516086208980003	Nur Hasanah	nur hasanah	1998-08-22	P	0812-3456-7892	Dusun Kedungsari, Mojosari	\N	\N	\N		2026-11-04 08:52:50	2026-11-04 08:52:50
\.


--
-- Data for Name: application; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application (id, tracking_number, service_id, intake_id, applicant_id, subject, received_at, due_at, step_position, status, product_number, product_date, version, created_by, updated_at) FROM stdin;
952b74d9-5504-4464-ba9c-50fc7674e19e	PKWT-2026-000001	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	6868fedc-2b57-4b0b-812e-e238e9aef67f	6378f570-cdfd-4aed-bde7-ad2bd1de72aa		2026-11-02 08:40:50	2026-11-11 15:00:00	2	in_progress	\N	\N	4	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-05 10:15:00
6507450c-01b0-4aaf-807a-d3e39173636a	CPMI-2026-000001	ee605a11-2881-47ab-a789-d47591ae8f2e	3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	06441ba8-afa3-4838-a07e-ccf073f5deb0		2026-11-04 08:52:50	2026-11-04 09:22:50	2	in_progress	\N	\N	2	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-05 10:15:00
\.


--
-- Data for Name: application_counter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_counter (code, year, last_number) FROM stdin;
PKWT	2026	1
CPMI	2026	1
\.


--
-- Data for Name: application_step; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_step (id, application_id, seq, step_position, action, actor_id, actor_name, note, at) FROM stdin;
667b6324-e8d4-4aee-b581-397a2599210b	952b74d9-5504-4464-ba9c-50fc7674e19e	1	1	receive	f28126fa-c935-42b3-84fa-6ba77b0b2445	Ahmad Fauzi		2026-11-02 08:40:50
7124c2d6-839f-4422-a591-fde9e8d34e2d	6507450c-01b0-4aaf-807a-d3e39173636a	1	1	receive	210ad97f-6955-458c-aef5-2399d38cc0de	Dewi Lestari		2026-11-04 08:52:50
625f909f-1605-4da7-966d-388b76afbc7c	952b74d9-5504-4464-ba9c-50fc7674e19e	2	2	advance	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	Nur Aini Rahmawati, S.H.	Berkas lengkap, lanjut verifikasi.	2026-11-05 09:00:00
566c5e33-7320-4d43-a1de-dc6226d2cb9e	952b74d9-5504-4464-ba9c-50fc7674e19e	3	1	send_back	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	Nur Aini Rahmawati, S.H.	Tanda tangan direktur belum ada.	2026-11-05 09:30:00
d75393fb-c523-4a24-8fe6-ebec73ac625a	952b74d9-5504-4464-ba9c-50fc7674e19e	4	2	advance	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	Nur Aini Rahmawati, S.H.	Sudah diperbaiki.	2026-11-05 10:15:00
bf706a5f-78f3-44be-8991-4cdee92b8eab	6507450c-01b0-4aaf-807a-d3e39173636a	2	2	advance	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	Nur Aini Rahmawati, S.H.		2026-11-05 10:15:00
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, station, user_id, username, action, entity, entity_id, detail) FROM stdin;
ef1499f1-b24e-4a83-a6ec-38dfb20673d0	2026-11-02 07:30:00	LOKET-PC1	\N	cli	catalogue.load	service		{"added": ["ak1", "bkk", "rekomendasi_paspor_cpmi", "lpks", "surat_masuk", "tata_kerja", "pensiun_pns", "kenaikan_pangkat_pns", "apbd_papbd", "diklat_bimtek", "pemeliharaan_kebersihan", "reward_sanksi_asn", "digitalisasi_spj", "pengadaan_langsung", "dana_kegiatan", "pengukuran_kinerja", "pemeliharaan_sarana", "pelatihan_sertifikasi", "pemagangan", "kecelakaan_kerja_tahap1", "legalisasi_srk", "lks_bipartit", "perselisihan_hi", "peraturan_perusahaan", "pkwt", "serikat_pekerja", "pkb", "oss_pelatihan_kerja"], "updated": []}
49aaaf97-e3bc-4e03-83da-1338421d9347	2026-11-02 07:30:00	LOKET-PC1	\N	cli	user.add	user	cb7254d2-6131-49fe-bfc4-17533793ad72	{"role": "admin"}
82728f2e-8b26-4cf1-b78b-2338b79d6a91	2026-11-02 07:30:00	LOKET-PC1	\N	cli	user.add	user	ed79416b-84ba-4abc-9738-863d5a129212	{"role": "supervisor"}
740f8f86-5a79-4888-9864-65bc28f7eb01	2026-11-02 07:30:00	LOKET-PC1	\N	cli	user.add	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{"role": "petugas_loket"}
08c6be2a-bebd-45fb-9e7d-1c9b510a2678	2026-11-02 07:30:00	LOKET-PC1	\N	cli	user.add	user	210ad97f-6955-458c-aef5-2399d38cc0de	{"role": "petugas_loket"}
3e8d84cd-0401-481d-8b76-ad47853be2f1	2026-11-02 07:30:00	LOKET-PC1	\N	cli	user.add	user	7b7b03ce-8259-4e5f-b02e-cba73466fac5	{"role": "pengantar_kerja"}
c1cb88a9-5500-4947-9d57-d98501ed269d	2026-11-02 07:30:00	LOKET-PC1	\N	cli	user.add	user	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	{"role": "verifikator"}
111760f4-0cf7-4ff2-89d2-d4ba1409ff6e	2026-11-02 07:30:00	LOKET-PC1	\N	cli	counter.add	counter	e96b160c-cc68-4b29-a886-c945c5f9a484	{"number": 1}
d386f395-2e47-484a-b268-1df9e92f2efa	2026-11-02 07:30:00	LOKET-PC1	\N	cli	counter.add	counter	54545dbe-e365-496c-bafa-76cf8adce813	{"number": 2}
11a6058f-b4cc-4373-b88d-b5785cfbe8b0	2026-11-02 07:30:00	LOKET-PC1	\N	cli	counter.add	counter	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	{"number": 3}
f677b78b-b846-426b-972d-db955fb0628e	2026-11-02 07:30:00	LOKET-PC1	\N	cli	counter.add	counter	22b450fa-4426-4e3b-8d5c-d7d009fdcdfa	{"number": 4}
6d8977e1-b838-4d9a-9eaa-2032ad32808f	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	login.ok	user	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
d108e79e-99f1-44f9-8118-b666443d74dd	2026-11-02 07:30:00	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	login.failed	user	210ad97f-6955-458c-aef5-2399d38cc0de	{}
13c4c79a-1253-4dba-8488-0ecd8515bbf3	2026-11-02 07:30:00	LOKET-PC1	ed79416b-84ba-4abc-9738-863d5a129212	supervisor	login.failed	user	ed79416b-84ba-4abc-9738-863d5a129212	{}
5d3ed6c7-99c4-4e59-866c-1586e0528bf2	2026-11-02 07:30:00	LOKET-PC1	ed79416b-84ba-4abc-9738-863d5a129212	supervisor	login.failed	user	ed79416b-84ba-4abc-9738-863d5a129212	{}
0af7011f-efa4-41d4-92ca-338707b6f363	2026-11-02 07:30:00	LOKET-PC1	ed79416b-84ba-4abc-9738-863d5a129212	supervisor	login.failed	user	ed79416b-84ba-4abc-9738-863d5a129212	{}
32575f83-40c0-421c-aa19-d728288d9ecc	2026-11-02 07:30:00	LOKET-PC1	ed79416b-84ba-4abc-9738-863d5a129212	supervisor	login.failed	user	ed79416b-84ba-4abc-9738-863d5a129212	{}
39f7ea49-dcc9-45ec-a0e9-91c823ae1e3b	2026-11-02 07:30:00	LOKET-PC1	ed79416b-84ba-4abc-9738-863d5a129212	supervisor	login.locked	user	ed79416b-84ba-4abc-9738-863d5a129212	{}
455af10d-fc81-4208-90a7-b6b787e1900a	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	user.unlock	user	ed79416b-84ba-4abc-9738-863d5a129212	{}
38e983b5-6ec8-4cb8-98ec-e4a70eb42df5	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	user.reset_password	user	210ad97f-6955-458c-aef5-2399d38cc0de	{}
b6e7dc98-5d58-4f8f-b693-0130b52aff41	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	user.add	user	b66c4419-c798-4512-9004-a9413ae0817f	{"role": "petugas_loket"}
b3519180-fa54-44df-9f76-48796d39d17c	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	user.update	user	b66c4419-c798-4512-9004-a9413ae0817f	{"fields": ["full_name", "active"]}
cef60209-c3dc-49cd-b86e-d507f24f6c79	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	queue.settings	office_setting	queue	{}
66108a5d-9478-4bc9-9797-e02153a22ed9	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	queue.day_off	local_day_off	2026-12-25	{}
b985fd15-52cd-4fa5-877d-35d611f8963c	2026-11-02 07:30:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	queue.day_off	local_day_off	2026-12-24	{}
6a4cd0a3-3234-477f-be05-c6f21755afce	2026-11-02 07:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	login.ok	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
39cfe4de-cf7b-40d3-8ed4-50034c781d33	2026-11-02 07:30:00	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	login.ok	user	210ad97f-6955-458c-aef5-2399d38cc0de	{}
7a609f0a-6afe-4871-b16a-d62bc40c9b90	2026-11-02 07:30:00	LOKET-PC1	7b7b03ce-8259-4e5f-b02e-cba73466fac5	pengantar	login.ok	user	7b7b03ce-8259-4e5f-b02e-cba73466fac5	{}
c19e9684-f0d5-48de-816b-16aa9a2b2023	2026-11-02 07:30:00	LOKET-PC1	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	verifikator	login.ok	user	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	{}
c2a47a76-cb55-4ae6-9ec2-1d9024375062	2026-11-02 08:40:50	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	intake.start	intake	6868fedc-2b57-4b0b-812e-e238e9aef67f	{"service": "PKWT"}
fc2ba115-023d-44d4-aeec-4da359c9cbdd	2026-11-02 08:40:50	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	intake.attach	intake	6868fedc-2b57-4b0b-812e-e238e9aef67f	{"attachment": "c05a2301-a03b-459f-ba1f-cf9da5dfef72"}
bbcd063c-0bf7-45c3-a2b8-6b76b801878f	2026-11-02 08:40:50	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	intake.items	intake	6868fedc-2b57-4b0b-812e-e238e9aef67f	{"count": 2}
e5e04a43-933e-4709-83c1-1e98a04f9bda	2026-11-02 08:40:50	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	application.create	application	952b74d9-5504-4464-ba9c-50fc7674e19e	{"service": "PKWT"}
a0cb1931-a71b-4ef0-b173-d97fe82691fd	2026-11-02 08:40:50	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	intake.complete	intake	6868fedc-2b57-4b0b-812e-e238e9aef67f	{"application": "952b74d9-5504-4464-ba9c-50fc7674e19e"}
74465a98-9157-4443-88cb-63cf90cbb420	2026-11-02 15:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	logout	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
e2d17755-30c9-428c-bcae-e2e672187101	2026-11-02 15:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	login.ok	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
b2d048d8-07af-4d4e-a66b-ddeb45f9bb97	2026-11-03 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.start	intake	7236ea37-5b5c-480a-b166-814c0c19b5fc	{"service": "CPMI"}
efd76a8c-c085-4aee-b2fa-b0bdeef893c5	2026-11-03 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.attach	intake	7236ea37-5b5c-480a-b166-814c0c19b5fc	{"attachment": "6bbba174-0719-4d0f-a1ba-ba464eba3b4e"}
6997fb8c-b4c0-4524-99dc-52f9dca2a36b	2026-11-03 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.items	intake	7236ea37-5b5c-480a-b166-814c0c19b5fc	{"count": 9}
af599bbd-4f68-48c3-a7d3-78dea87fbc27	2026-11-03 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.incomplete	intake	7236ea37-5b5c-480a-b166-814c0c19b5fc	{"missing": 1}
4da1e924-c7b5-4b0f-b32e-eef69b4b0e73	2026-11-03 15:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	logout	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
cc4b2c53-9522-4aad-9cfa-b51828dac54d	2026-11-03 15:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	login.ok	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
b53759ae-7d6f-4aa6-8b06-b3ce75192c27	2026-11-04 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.start	intake	3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	{"service": "CPMI"}
ccafec02-c331-415d-a7d1-1060775c4c89	2026-11-04 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.attach	intake	3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	{"attachment": "e944a38e-1528-40d7-ab97-48f3a0e71c06"}
5f292879-2656-43b6-8b85-24c31fc4a322	2026-11-04 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.items	intake	3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	{"count": 9}
044622c9-3bd0-460c-a61a-6d0545b7dc00	2026-11-04 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	application.create	application	6507450c-01b0-4aaf-807a-d3e39173636a	{"service": "CPMI"}
84117bae-0692-4b18-8484-236329705726	2026-11-04 08:52:50	LOKET-PC1	210ad97f-6955-458c-aef5-2399d38cc0de	loket2	intake.complete	intake	3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	{"application": "6507450c-01b0-4aaf-807a-d3e39173636a"}
a20acc33-f74e-4b76-a784-a14d3e27ba8a	2026-11-04 15:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	logout	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
f9d4a401-8df4-48f9-9dda-e1383c26eefd	2026-11-04 15:30:00	LOKET-PC1	f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	login.ok	user	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
e074045f-8702-4e2b-a914-9411b2b7034f	2026-11-05 09:00:00	LOKET-PC1	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	verifikator	application.advance	application	952b74d9-5504-4464-ba9c-50fc7674e19e	{}
3d86e4c1-da64-4c1d-9195-d1159e59b3d2	2026-11-05 09:30:00	LOKET-PC1	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	verifikator	application.send_back	application	952b74d9-5504-4464-ba9c-50fc7674e19e	{}
c6b83f5a-b957-4149-953e-21d6219b9c46	2026-11-05 10:15:00	LOKET-PC1	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	verifikator	application.advance	application	952b74d9-5504-4464-ba9c-50fc7674e19e	{}
1945adbb-1dff-44af-b3d3-91987eec38e4	2026-11-05 10:15:00	LOKET-PC1	a27ea4b5-5a4a-4b15-9c52-a51326ead82d	verifikator	application.advance	application	6507450c-01b0-4aaf-807a-d3e39173636a	{}
9cb13cfc-5921-4b4a-b21f-7702422da00e	2026-11-05 10:15:00	LOKET-PC1	cb7254d2-6131-49fe-bfc4-17533793ad72	admin	logout	user	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
\.


--
-- Data for Name: call_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.call_event (id, at, ticket_id, counter_id, code, counter_number, kind) FROM stdin;
49bf4b31-0bf9-4756-bacf-0bdebd2bd589	2026-11-02 08:08:00	664229b5-e1f5-41bd-836d-2258ae078270	e96b160c-cc68-4b29-a886-c945c5f9a484	A-001	1	call
ed56e9b4-e85b-4d2f-b94a-8a9a222baa09	2026-11-02 08:14:30	c8e98272-7916-4b66-a253-f76f2508100c	e96b160c-cc68-4b29-a886-c945c5f9a484	A-002	1	call
3a0dd6ce-c6ab-4358-b2c1-3befa01b9913	2026-11-02 08:24:00	2dc3a2bb-b54f-469e-a66a-b89184a96d08	54545dbe-e365-496c-bafa-76cf8adce813	B-001	2	call
bd2e1706-4fd9-4b5b-8ee2-ab5438afcf4e	2026-11-02 08:27:00	eda2a77d-20aa-43ee-be78-3c087828b835	54545dbe-e365-496c-bafa-76cf8adce813	C-001	2	call
065a581a-1948-4876-92cb-56a15534f3d3	2026-11-02 08:30:20	d6feba95-fbf8-4d38-a289-f033489a0521	e96b160c-cc68-4b29-a886-c945c5f9a484	A-005	1	call
497e8892-ae49-4559-86fa-e1342f842085	2026-11-02 08:35:20	d6feba95-fbf8-4d38-a289-f033489a0521	e96b160c-cc68-4b29-a886-c945c5f9a484	A-005	1	recall
e4d08198-ffb4-411c-bf74-437770b54f36	2026-11-02 08:40:50	29a7a26b-4d4e-48f5-b21d-db18d1191663	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	W-001	3	call
ad724b6f-4619-4c4f-b01b-3d495975175a	2026-11-02 08:52:50	eda2a77d-20aa-43ee-be78-3c087828b835	54545dbe-e365-496c-bafa-76cf8adce813	C-001	2	call
ed73c721-040a-499a-bd4b-6866d6ab2e10	2026-11-03 08:08:00	2b44aaf5-4927-420a-9950-a78039bb6265	e96b160c-cc68-4b29-a886-c945c5f9a484	A-001	1	call
a0b6a71a-c00a-4717-996c-b4afd6272de2	2026-11-03 08:14:30	c5434b7d-8c15-4ee2-b85f-62e318629a8a	e96b160c-cc68-4b29-a886-c945c5f9a484	A-002	1	call
a5d237f0-0999-41b2-9c75-a9fa153704ee	2026-11-03 08:24:00	009a0974-a3c4-48e4-8f75-1855ca936493	54545dbe-e365-496c-bafa-76cf8adce813	A-005	2	call
987ca9da-d6e7-4047-919b-ed4c65d8b702	2026-11-03 08:27:00	eacd46f1-b867-468c-a4c4-0e37e9503c09	54545dbe-e365-496c-bafa-76cf8adce813	B-001	2	call
88b164cf-d108-4a7a-84bf-f92e86a42a16	2026-11-03 08:30:20	eacd46f1-b867-468c-a4c4-0e37e9503c09	e96b160c-cc68-4b29-a886-c945c5f9a484	B-001	1	call
a7520037-ca6e-49a2-bd55-b6188655a226	2026-11-03 08:35:20	eacd46f1-b867-468c-a4c4-0e37e9503c09	e96b160c-cc68-4b29-a886-c945c5f9a484	B-001	1	recall
adba2dea-a9b9-42af-84f2-3b731d7788a0	2026-11-03 08:40:50	13fe2120-77ed-41da-ac76-cdf5ace39d50	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	W-001	3	call
233ef6b6-2e73-45a0-869f-d6436c70d82f	2026-11-03 08:52:50	ace27954-0629-45b7-8ec7-16f7b9422f62	54545dbe-e365-496c-bafa-76cf8adce813	C-001	2	call
d8476fbf-2b41-44cb-8220-88ad5d0b06f7	2026-11-04 08:08:00	c43a110f-5c86-49d2-90c1-f5dfbc0320af	e96b160c-cc68-4b29-a886-c945c5f9a484	A-005	1	call
828fd872-0ba2-4fbc-a901-957527f56743	2026-11-04 08:14:30	5dbd7cd1-0e12-4492-a144-18632b67b470	e96b160c-cc68-4b29-a886-c945c5f9a484	A-001	1	call
825f12f8-277d-44e6-a787-81769561076c	2026-11-04 08:24:00	c7d60340-706b-4098-9486-16b1650b6053	54545dbe-e365-496c-bafa-76cf8adce813	A-002	2	call
f1605dbe-d599-49df-8c53-b09d195c9a2b	2026-11-04 08:27:00	44b3f963-c811-4769-ba7e-5df0ab005878	54545dbe-e365-496c-bafa-76cf8adce813	B-001	2	call
f5f671fc-b91f-4afb-b82a-d623c49760c9	2026-11-04 08:30:20	44b3f963-c811-4769-ba7e-5df0ab005878	e96b160c-cc68-4b29-a886-c945c5f9a484	B-001	1	call
c3a93a83-b46f-4a22-aa38-9f49052a09eb	2026-11-04 08:35:20	44b3f963-c811-4769-ba7e-5df0ab005878	e96b160c-cc68-4b29-a886-c945c5f9a484	B-001	1	recall
af0dbac5-3c12-4774-ad8c-7c4f22c32d1a	2026-11-04 08:40:50	db04b10e-52c6-453e-9ddd-428e374c2b20	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	W-001	3	call
694887ce-965c-4342-8441-9bd366df6216	2026-11-04 08:52:50	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	54545dbe-e365-496c-bafa-76cf8adce813	C-001	2	call
\.


--
-- Data for Name: counter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counter (id, number, name, active, normal_since_priority) FROM stdin;
22b450fa-4426-4e3b-8d5c-d7d009fdcdfa	4	Loket 4 - Pelatihan	t	0
e96b160c-cc68-4b29-a886-c945c5f9a484	1	Loket 1 - Kartu Kuning	t	2
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	3	Loket 3 - Hubungan Industrial	t	3
54545dbe-e365-496c-bafa-76cf8adce813	2	Loket 2 - Penempatan	t	5
\.


--
-- Data for Name: counter_service; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counter_service (counter_id, service_id) FROM stdin;
e96b160c-cc68-4b29-a886-c945c5f9a484	f7fd8b2d-fc26-45b7-90fb-8b8d91076163
54545dbe-e365-496c-bafa-76cf8adce813	1a6cd083-1619-44fa-a224-edf60e20a254
54545dbe-e365-496c-bafa-76cf8adce813	ee605a11-2881-47ab-a789-d47591ae8f2e
54545dbe-e365-496c-bafa-76cf8adce813	f7fd8b2d-fc26-45b7-90fb-8b8d91076163
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	6d77b552-238d-49f1-a909-ed087f67182c
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	da6b0185-7841-4fe0-9996-042dcb15c46d
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cf30fe2d-b40b-4bea-bfbe-538715326224
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	36950542-2ba9-417c-8ae9-aee06f0f4778
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	5d84db11-a89c-4e55-a6d6-50ef962febe9
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	90a1894b-1d68-454d-9eab-133144adda90
aee80cfe-2403-4006-a4c1-b8ee0acaeb96	129cae48-77f2-4ed2-a9a8-5aa5076f1152
22b450fa-4426-4e3b-8d5c-d7d009fdcdfa	290e2978-2f8a-480a-b4ed-9694c5441427
22b450fa-4426-4e3b-8d5c-d7d009fdcdfa	9292b758-5ff8-474b-b5b4-aaed6fda88d1
22b450fa-4426-4e3b-8d5c-d7d009fdcdfa	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5
22b450fa-4426-4e3b-8d5c-d7d009fdcdfa	0c48f88c-d401-4c66-9168-1dbfcf86df8c
\.


--
-- Data for Name: intake; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.intake (id, service_id, variant, applicant_id, ticket_id, status, created_by, created_at, updated_at) FROM stdin;
6868fedc-2b57-4b0b-812e-e238e9aef67f	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7		6378f570-cdfd-4aed-bde7-ad2bd1de72aa	29a7a26b-4d4e-48f5-b21d-db18d1191663	completed	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-02 08:40:50	2026-11-02 08:40:50
7236ea37-5b5c-480a-b166-814c0c19b5fc	ee605a11-2881-47ab-a789-d47591ae8f2e		dc418471-dea9-4a6c-9f50-d279e962f3c3	ace27954-0629-45b7-8ec7-16f7b9422f62	incomplete	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-03 08:52:50	2026-11-03 08:52:50
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	ee605a11-2881-47ab-a789-d47591ae8f2e		06441ba8-afa3-4838-a07e-ccf073f5deb0	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	completed	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-04 08:52:50	2026-11-04 08:52:50
\.


--
-- Data for Name: intake_attachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.intake_attachment (id, intake_id, requirement_id, filename, content_type, data, path, sha256, size, added_at) FROM stdin;
c05a2301-a03b-459f-ba1f-cf9da5dfef72	6868fedc-2b57-4b0b-812e-e238e9aef67f	59d4b166-653a-41eb-82b4-158de124eea8	ktp-pindaian.jpg	image/jpeg	\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff	\N	785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9	1024	2026-11-02 08:40:50
6bbba174-0719-4d0f-a1ba-ba464eba3b4e	7236ea37-5b5c-480a-b166-814c0c19b5fc	4326b594-29bd-47fd-97ef-d3364cf7867b	ktp-pindaian.jpg	image/jpeg	\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff	\N	785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9	1024	2026-11-03 08:52:50
e944a38e-1528-40d7-ab97-48f3a0e71c06	3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	4326b594-29bd-47fd-97ef-d3364cf7867b	ktp-pindaian.jpg	image/jpeg	\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff	\N	785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9	1024	2026-11-04 08:52:50
\.


--
-- Data for Name: intake_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.intake_item (intake_id, requirement_id, present, note) FROM stdin;
6868fedc-2b57-4b0b-812e-e238e9aef67f	59d4b166-653a-41eb-82b4-158de124eea8	t	
6868fedc-2b57-4b0b-812e-e238e9aef67f	fac951f7-8024-455a-b5a9-0be6a6f7e7ef	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	d51b9123-527f-401c-857a-182fb8e6d66d	f	
7236ea37-5b5c-480a-b166-814c0c19b5fc	165d7c65-67a3-472e-a322-06956f566566	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	29a98592-7dfa-4e3b-af72-a11005e7a20d	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	4326b594-29bd-47fd-97ef-d3364cf7867b	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	44942386-00e8-477f-83d4-ccc545d493dd	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	59202faa-b71e-4813-ac4f-c66cf831bba5	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	e305e96b-b511-4ffb-ba8f-bfe11e8dbdf0	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	e757bf59-6b3f-4720-b11f-43ca3ac5a352	t	
7236ea37-5b5c-480a-b166-814c0c19b5fc	eba9b1fa-d220-41c8-8726-4e0557c5896e	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	165d7c65-67a3-472e-a322-06956f566566	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	29a98592-7dfa-4e3b-af72-a11005e7a20d	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	4326b594-29bd-47fd-97ef-d3364cf7867b	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	44942386-00e8-477f-83d4-ccc545d493dd	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	59202faa-b71e-4813-ac4f-c66cf831bba5	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	d51b9123-527f-401c-857a-182fb8e6d66d	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	e305e96b-b511-4ffb-ba8f-bfe11e8dbdf0	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	e757bf59-6b3f-4720-b11f-43ca3ac5a352	t	
3513cb8d-49a0-4d01-bb8d-0f3b9a4bd373	eba9b1fa-d220-41c8-8726-4e0557c5896e	t	
\.


--
-- Data for Name: local_day_off; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_day_off (day, name) FROM stdin;
2026-12-25	Hari Raya Natal
2026-12-24	Cuti bersama Natal
\.


--
-- Data for Name: office_setting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.office_setting (key, value, updated_at) FROM stdin;
catalogue_file_sha256	"d807512f756da7012b31be0ee482e9d1ccd762ece1117bcaac351d1297d04d7a"	2026-11-02 07:30:00
queue	{"hours": {"open_time": "08:00", "close_time": "15:00", "break_start": "12:00", "break_end": "13:00", "friday_close_time": "15:00", "friday_break_start": "11:30", "friday_break_end": "13:00"}, "priority_mode": "alternate", "priority_every": 2, "announce_repeat": 1, "running_text": "Layanan kartu kuning (AK/1) gratis. Siapkan KTP dan pas foto.", "kiosk_idle_seconds": 30, "slip_width_mm": 58}	2026-11-02 07:30:00
\.


--
-- Data for Name: service; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service (id, key, code, ticket_prefix, active, title, office, bidang, description, is_public, time_limit_value, time_limit_unit, content, content_hash, "position", loaded_at, daily_quota, cutoff_time, avg_service_minutes) FROM stdin;
f7fd8b2d-fc26-45b7-90fb-8b8d91076163	ak1	AK1	A	t	AK/1 ATAU KARTU KUNING	Dinas Tenaga Kerja Kabupaten Mojokerto	Penempatan Tenaga Kerja	Pendaftaran pencari kerja dan cetak kartu kuning (AK/1)	t	30	menit	{"key": "ak1", "code": "AK1", "ticket_prefix": "A", "bidang": "Penempatan Tenaga Kerja", "description": "Pendaftaran pencari kerja dan cetak kartu kuning (AK/1)", "is_public": true, "title": "AK/1 ATAU KARTU KUNING", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Fotocopy KTP/KK", "sub_items": []}, {"text": "Foto berwarna ukuran 2 x 3 sebanyak 1 lembar", "sub_items": []}, {"text": "Fotocopy ijazah pendidikan awal-akhir", "sub_items": []}, {"text": "Fotocopy sertifikat kompetensi bagi yang memiliki", "sub_items": []}, {"text": "Fotocopy surat pengalaman kerja bagi yang memiliki", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Pencari kerja mendaftar ke meja pelayanan AK/1 dengan membawa berkas persyaratan kartu AK/1", "actor": "Pencari kerja"}, {"number": 2, "text": "Pengantar kerja memeriksa berkas pencari kerja", "actor": "Pengantar kerja"}, {"number": 3, "text": "Melakukan wawancara dan menginput data pencaker", "actor": "Pengantar kerja"}, {"number": 4, "text": "Mencetak Kartu dan menandatangani kart AK/1", "actor": "Pengantar kerja"}, {"number": 5, "text": "Menyerahkan AK/1 ke pencaker", "actor": "Pengantar kerja"}], "flow_actors": ["Pencari kerja", "Pengantar kerja"], "flow_edges": [], "time_limit": {"value": 30, "unit": "menit", "text": "30 Menit"}, "fee": "Gratis", "product": "Kartu Kuning untuk melamar pekerjaan", "complaint_handling": "Pelayanan kartu AK/1 harus dilakukan dengan cepat, tepat dan teliti", "legal_basis": ["Undang-Undang No 11 Tahun 2020 tentang Cipta Kerja", "Undang-Undang No 13 Tahun 2003 tentang Ketenagakerjaan", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 tentang SOP Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Ketenagakerjaan RI No 39 Tahun 2016 tentang Penempatan Tenaga Kerja"], "facilities": ["Alat Tulis Kantor", "Blangko kartu AK.1", "Aplikasi SIAPkerja", "Komputer dan Printer"], "competence": ["Pegawai yang memiliki pengetahuan di bidang pelayanan AK/1"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan publik", "staff_count": 2, "staff_count_text": "2 orang pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "flow", "note": "Bagan alur kosong pada sumber (hanya <div> kosong); pelaku diambil dari teks langkah"}]}	3d52fa1c40579131675cfaba037f2e212540068d89b9a13fe8b3697b7d6c2705	0	2026-11-02 07:30:00	\N	\N	10
1a6cd083-1619-44fa-a224-edf60e20a254	bkk	BKK	B	t	TANDA DAFTAR BURSA KERJA KHUSUS (BKK)	Dinas Tenaga Kerja Kabupaten Mojokerto	Penempatan Tenaga Kerja	Tanda daftar Bursa Kerja Khusus (BKK) sekolah	t	2	hari	{"key": "bkk", "code": "BKK", "ticket_prefix": "B", "bidang": "Penempatan Tenaga Kerja", "description": "Tanda daftar Bursa Kerja Khusus (BKK) sekolah", "is_public": true, "title": "TANDA DAFTAR BURSA KERJA KHUSUS (BKK)", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat Permohonan", "sub_items": []}, {"text": "Fotocopy surat ijin pendirian/surat ijin operasional satuan pendidikan", "sub_items": []}, {"text": "Fotocopy keputusan pembentukan BKK", "sub_items": []}, {"text": "Struktur organisasi BKK", "sub_items": []}, {"text": "Rencana penempatan tenaga kerja min satu tahun kedepan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Pemohon menyampaikan surat permohonan rekomendasi, kemudian staff pengelola surat mencatat pada buku agenda", "actor": "Pemohon"}, {"number": 2, "text": "Kepala dinas membuat disposisi kepada Kepala Bidang Penta untuk diserahkan kepada Kasi Penta", "actor": "Kepala Dinas"}, {"number": 3, "text": "Memeriksa kelengkapan berkas persyaratan BKK jika sudah lengkap akan dilakukan pembuatan draft tanda daftar BKK", "actor": "Pengantar Kerja"}, {"number": 4, "text": "Mengajukan persetujuan kepada Kepala Dinas untuk permintaan tanda tangan", "actor": "Pengantar Kerja"}, {"number": 5, "text": "Mencatat di buku register BKK", "actor": "Pengantar Kerja"}, {"number": 6, "text": "Menyerahkan tanda daftar kepada pemohon.", "actor": "Pengantar Kerja"}], "flow_actors": ["Pemohon", "Staff Pengelola Surat", "Kepala Dinas", "Kabid Penta", "Pengantar Kerja"], "flow_edges": [{"source": "Pemohon", "target": "Staff Pengelola Surat", "label": ""}, {"source": "Staff Pengelola Surat", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kabid Penta", "label": ""}, {"source": "Kabid Penta", "target": "Pengantar Kerja", "label": ""}, {"source": "Pengantar Kerja", "target": "Pemohon", "label": ""}], "time_limit": {"value": 2, "unit": "hari", "text": "2 Hari"}, "fee": "Gratis", "product": "Tanda Daftar BKK", "complaint_handling": "Perijinan tanda daftar BKK harus dilakukan sesuai dengan peaturan yang berlaku dan transparan sehingga sekolah yang mengelola BKK dapat dilayani dengan baik", "legal_basis": ["Undang-Undang Republik Indonesia Nomor 11 Tahun 2020 tentang Cipta Kerja", "Undang-Undang Republik Indonesia Nomor 13 Tahun 2003 tentang Ketenagakerjaan", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Ketenagakerjaan RI No. 39 Tahun 2016 tentang Penempatan Tenaga Kerja", "PermenPAN dan Reformasi Birokrasi No. 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "Peraturan Menteri Dalam Negeri No. 52 Tahun 2011 tentang Standar Operasional Prosedur (SOP) di Lingkungan Pemerintah Provinsi dan Kabupaten/ Kota", "Peraturan Bupati Kabupaten Mojokerto Nomor 63 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Tenaga Kerja Kabupaten Mojokerto", "ISO 9001:2015 Klausul 8.5 Produksi dan Penyediaan Layanan"], "facilities": ["Alat Tulis Kantor", "Komputer dengan Aplikasi Office"], "competence": ["Pegawai yang memiliki pemahaman tentang rekomendasi tanda daftar BKK", "Pegawai yang memahami peraturan per"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan publik", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "legal_basis", "note": "Penomoran sumber: 1, 1, 2, 3, 4, 5, 6, 7; semua butir disimpan berurutan"}, {"field": "competence", "note": "Teks sumber terpotong: butir 2 berakhir 'Pegawai yang memahami peraturan per'"}]}	500c39ae7b3a065f9ef2ace935ad824c1ebaad58b9ccc89c298578410bff17e8	1	2026-11-02 07:30:00	\N	\N	10
ee605a11-2881-47ab-a789-d47591ae8f2e	rekomendasi_paspor_cpmi	CPMI	C	t	REKOMENDASI PASPOR CALON PEKERJA MIGRAN INDONESIA DAN PENGESAHAN PERJANJIAN PENEMPATAN	Dinas Tenaga Kerja Kabupaten Mojokerto	Penempatan Tenaga Kerja	Rekomendasi paspor CPMI dan pengesahan perjanjian penempatan	t	30	menit	{"key": "rekomendasi_paspor_cpmi", "code": "CPMI", "ticket_prefix": "C", "bidang": "Penempatan Tenaga Kerja", "description": "Rekomendasi paspor CPMI dan pengesahan perjanjian penempatan", "is_public": true, "title": "REKOMENDASI PASPOR CALON PEKERJA MIGRAN INDONESIA DAN PENGESAHAN PERJANJIAN PENEMPATAN", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat permohonan rekom paspor/ID CPMI", "sub_items": []}, {"text": "Fotocopy KK dan KTP", "sub_items": []}, {"text": "Fotocopy Akta", "sub_items": []}, {"text": "Fotocopy Ijazah Terakhir", "sub_items": []}, {"text": "Surat Keterangan Sehat", "sub_items": []}, {"text": "Surat izin orang tua/wali dan diketahui oleh kepala desa", "sub_items": []}, {"text": "Fotocopy AK/1", "sub_items": []}, {"text": "Surat nikah", "sub_items": []}, {"text": "Fotocopy kontrak kerja", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Pemohon menyampaikan beras permohonan rekomendasi paspor kemudian staff pengelola surat mencatat pada buku agenda", "actor": "Pemohon"}, {"number": 2, "text": "Kepala dinas membuat disposisi kepada Kepala Bidang Penta untuk diserahkan kepada Pengantar Kerja", "actor": "Kepala Dinas"}, {"number": 3, "text": "Memeriksa kelengkapan berkas dan melakukan wawancara dengan CPMI", "actor": "Pengantar Kerja"}, {"number": 4, "text": "Melakukan verifikasi pengajuan CPMI ke system SIAPkerja", "actor": "Pengantar Kerja"}, {"number": 5, "text": "Mencetak surat rekomendasi dengan melengkapi penomoran dokumen", "actor": "Pengantar Kerja"}, {"number": 6, "text": "Verifikasi dokumen sebelum di serahkan kepada CPMI", "actor": "Pengantar Kerja"}], "flow_actors": ["Pemohon", "Staff Pengelola Surat", "Kepala Dinas", "Kabid Penta", "Pengantar Kerja"], "flow_edges": [{"source": "Pemohon", "target": "Staff Pengelola Surat", "label": ""}, {"source": "Staff Pengelola Surat", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kabid Penta", "label": ""}, {"source": "Kabid Penta", "target": "Pengantar Kerja", "label": ""}, {"source": "Kepala Dinas", "target": "Pemohon", "label": ""}], "time_limit": {"value": 30, "unit": "menit", "text": "30 menit"}, "fee": "Gratis", "product": "Paspor CPMI", "complaint_handling": "Pembuatan rekomendasi paspor dilakukan dengan persyaratan yang ditetapkan", "legal_basis": ["Undang-Undang Republik Indonesia Nomor 11 Tahun 2020 tentang Cipta Kerja", "Undang-Undang Republik Indonesia Nomor 13 Tahun 2003 tentang Ketenagakerjaan", "Undang-Undang Republik Indonesia Nomor 18 Tahun 2017 tentang Perlindungan Pekerja Migran Indonesia", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan Kementerian Ketenagakerjaan", "PermenPAN dan Reformasi Birokrasi No. 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "Peraturan Menteri Dalam Negeri No. 52 Tahun 2011 tentang Standar Operasional Prosedur (SOP) di Lingkungan Pemerintah Provinsi dan Kabupaten / Kota", "Peraturan Bupati Kabupaten Mojokerto Nomor 63 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Tenaga Kerja Kabupaten Mojokerto", "ISO 9001:2015 Klausul 8.5 Produksi dan Penyediaan Layanan"], "facilities": ["Alat tulis kantor", "Komputer dan printer", "Mesin fotocopy", "Meja dan kursi"], "competence": ["Pegawai yang memaami proses penempatan pekerja migran Indonesia", "Pegawai yang memahami peraturan perundang-undangan terkait penempatan pekerja migran Indonesia"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan publik", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah di tetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	a57c22f327c2f12984743e25e0562ff15fda25591aca56426c0eda12de7f411c	2	2026-11-02 07:30:00	\N	\N	10
290e2978-2f8a-480a-b4ed-9694c5441427	lpks	LPKS	L	t	REKOMENDASI IJIN OPERASIONAL LEMBAGA PELATIHAN KERJA SWASTA (LPKS)	Dinas Tenaga Kerja Kabupaten Mojokerto	Pelatihan dan Produktivitas	Rekomendasi ijin operasional lembaga pelatihan kerja swasta	t	3	hari	{"key": "lpks", "code": "LPKS", "ticket_prefix": "L", "bidang": "Pelatihan dan Produktivitas", "description": "Rekomendasi ijin operasional lembaga pelatihan kerja swasta", "is_public": true, "title": "REKOMENDASI IJIN OPERASIONAL LEMBAGA PELATIHAN KERJA SWASTA (LPKS)", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": []}], "procedure": [{"number": 1, "text": "Pemohon menyerahkan berkas permohonan ijin LPKS", "actor": "Pemohon"}, {"number": 2, "text": "Kasubag menerima dan memeriksa surat masuk dan memberikan kepada kepala dinas", "actor": "Kasubag"}, {"number": 3, "text": "Kepala dinas membuat disposisi kepada sekretaris", "actor": "KepalaDinas"}, {"number": 4, "text": "Sekretaris membuat disposisi kepada Kepala Bidang Pelatihan", "actor": "SekretarisDinas"}, {"number": 5, "text": "Kepala Bidang Pelatihan memberikan disposisi kepada JF Analis Kebijakan, kemudian JF memeriksa berkas, setelah berkas lengkap, JF menyerahkan ke petugas untuk dibuatkan rekomendasi", "actor": "KepalaBidang"}, {"number": 6, "text": "Petugas kembali menyerahkan kepada JF untuk dilaporkan kepada Kepala Bidang dan Kepala Dinas", "actor": "StaffBidang"}, {"number": 7, "text": "Setelah diserahkan Kepala Dinas, JF memberikan kepada pemohon", "actor": "JFAnalisis"}], "flow_actors": ["Pemohon", "Kasubag", "KepalaDinas", "SekretarisDinas", "KepalaBidang", "JFAnalisis", "StaffBidang"], "flow_edges": [{"source": "Pemohon", "target": "Kasubag", "label": ""}, {"source": "Kasubag", "target": "KepalaDinas", "label": ""}, {"source": "KepalaDinas", "target": "SekretarisDinas", "label": ""}, {"source": "SekretarisDinas", "target": "KepalaBidang", "label": ""}, {"source": "KepalaBidang", "target": "JFAnalisis", "label": ""}, {"source": "JFAnalisis", "target": "StaffBidang", "label": ""}, {"source": "StaffBidang", "target": "Pemohon", "label": ""}], "time_limit": {"value": 3, "unit": "hari", "text": "3 Hari"}, "fee": "Gratis", "product": "Ijin Operasional", "complaint_handling": "Pelayanan pemberian rekomendasi ijin operasional yang tidak sesuai ketentuan akan berakibat pada lambatnya perolehan ijin operasional bagi LPKS sehingga dapat menyebabkan kurang optimalnya keberadaan dan peran LPKS", "legal_basis": ["Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan", "Permenakertrans RI nomor 17 Tahun 2007 tentang Tata Cara Perijinan dan Pendaftaran Lembaga Pelatihan Kerja", "Perbub Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Alat Tulis Kantor", "Komputer dan Printer"], "competence": ["Pejabat dan Staff Bidang Pelatihan"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan publik", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah di tetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "requirements", "note": "Kosong pada sumber"}, {"field": "flow", "note": "Simpul bagan tanpa label; nama pelaku = nama simpul apa adanya (mis. 'KepalaDinas')"}]}	9fec1a9dcc8cfcca4d89369b6e65aa38489ab79f852010447b48ed6901f13528	3	2026-11-02 07:30:00	\N	\N	10
f8d2b55a-b94c-495b-beda-b37309815b6e	surat_masuk	SRTMASUK	\N	t	PENGELOLAAN SURAT MASUK	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pencatatan dan distribusi surat masuk	f	30	menit	{"key": "surat_masuk", "code": "SRTMASUK", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pencatatan dan distribusi surat masuk", "is_public": false, "title": "PENGELOLAAN SURAT MASUK", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat permohonan", "sub_items": []}, {"text": "Buku Kendali surat", "sub_items": []}, {"text": "Lembar disposis", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Menerima surat masuk kemudian memeriksa kelengkapan dan mencatat surat masuk pada buku kendali", "actor": "Staff Umum dan Kepegawaian"}, {"number": 2, "text": "Memberikan formulir kepada sekretaris kemudian memilah surat masuk sesuai dengan tujuan untuk didistribusikan ke Bidang", "actor": "Sekretaris"}, {"number": 3, "text": "Melaksanakan disposisi dari Kepala Dinas", "actor": "Kepala Dinas"}, {"number": 4, "text": "Kasubag memberikan surat yang sudah didisposisi kepada staff umpeg kemudian dicatat dalam buku kendali dan mendistribusikan surat kepada bidang", "actor": "Kasubag Umum dan Kepegawaian"}], "flow_actors": ["Staff Umum dan Kepegawaian", "Sekretaris", "Kepala Dinas", "Kasubag Umum dan Kepegawaian"], "flow_edges": [{"source": "Staff Umum dan Kepegawaian", "target": "Sekretaris", "label": ""}, {"source": "Sekretaris", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kasubag Umum dan Kepegawaian", "label": ""}, {"source": "Kasubag Umum dan Kepegawaian", "target": "Staff Umum dan Kepegawaian", "label": ""}], "time_limit": {"value": 30, "unit": "menit", "text": "30 Menit"}, "fee": "Gratis", "product": "Surat", "complaint_handling": "Pengelolaan surat masuk harus dilakukan dengan baik, jika tidak maka akan menyebabkan kinerja Dinas tidak sesuai dan kehilangan informasi", "legal_basis": ["Undang-undang No. 13 Tahun 2003 tentang Ketenagakerjaan", "Permenpan dan Reformasi Birokrasi No. 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 Tentang Pedoman Penyusunan SOP Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Dalam Negeri No. 5"], "facilities": ["Komputer", "Flashdisk / Hardisk eksternal", "Buku Registrasi", "Alat Tulis Kantor"], "competence": ["Fungsional Perencana", "Pelaksana Sekretariat", "Kepala Bidang Teknis Pelaksana (penanggungjawab data)", "Fungsional pada bidang teknis pelaksana (operator pengelola data)"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 4, "staff_count_text": "4 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "requirements", "note": "Butir 3 tertulis 'Lembar disposis' (kemungkinan terpotong); dibiarkan apa adanya"}, {"field": "procedure", "note": "Penomoran sumber: 1 (tanpa titik), 2, 3, 4; semua butir disimpan berurutan"}, {"field": "legal_basis", "note": "Teks sumber terpotong: butir 4 berakhir 'Peraturan Menteri Dalam Negeri No. 5'"}]}	28a9f1942a8404b9111a7943017f76bc6b7f428cebd10646a6abab7288329e58	4	2026-11-02 07:30:00	\N	\N	10
15215218-0636-4e4b-b9cc-843db055a521	tata_kerja	TATAKERJA	\N	t	TATA KERJA	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Permintaan dan pengolahan data dinas	f	5	hari	{"key": "tata_kerja", "code": "TATAKERJA", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Permintaan dan pengolahan data dinas", "is_public": false, "title": "TATA KERJA", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Form data", "sub_items": []}, {"text": "Tanda terima permintaan data", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Pemohon menyerahkan permohonan permintaan data untuk dilakukan disposisi oleh Kepala Dinas", "actor": "Pemohon"}, {"number": 2, "text": "Form data dilakukan pengisian dan pengolahan", "actor": "Operator Pengelola Data Pada Bidang Teknis Pelaksana"}, {"number": 3, "text": "Verifikasi Form data yang telah dilakukan pengisian dan pengolahan data kemudian diserahkan ke bagian perencanaan", "actor": "Penanggungjawab Data Bidang"}, {"number": 4, "text": "Form data dilakukan sinkronisasi sebelum dilakukan pengesahan", "actor": "Fungsional Perencana"}, {"number": 5, "text": "Penyerahan form permintaan data kepada pemohon", "actor": "Kepala Dinas/ Sekretaris Dinas"}], "flow_actors": ["Pemohon", "Fungsional Perencana", "Operator Pengelola Data Pada Bidang Teknis Pelaksana", "Penanggungjawab Data Bidang", "Kepala Dinas/ Sekretaris Dinas"], "flow_edges": [{"source": "Pemohon", "target": "Fungsional Perencana", "label": ""}, {"source": "Fungsional Perencana", "target": "Operator Pengelola Data Pada Bidang Teknis Pelaksana", "label": ""}, {"source": "Operator Pengelola Data Pada Bidang Teknis Pelaksana", "target": "Penanggungjawab Data Bidang", "label": ""}, {"source": "Penanggungjawab Data Bidang", "target": "Kepala Dinas/ Sekretaris Dinas", "label": ""}, {"source": "Kepala Dinas/ Sekretaris Dinas", "target": "Pemohon", "label": ""}], "time_limit": {"value": 5, "unit": "hari", "text": "5 Hari"}, "fee": "Gratis", "product": "Pengolaan data", "complaint_handling": "Apabila tidak dilaksanakan sesuai alur kerja maka informasi dan data yang dihasilkan dapat terjadi invalid dalam updating dan sifat data kurang dapat dipertanggungjawabkan", "legal_basis": ["Undang-undang No. 13 Tahun 2003 tentang Ketenagakerjaan", "Peraturan Daerah Kabupaten Mojokerto Nomor 11 Tahun 2008 tentang Struktur Organisasi dan Tata Kerja", "Peraturan Daerah No. 1 Tahun 2019 tentang Penyelenggaraan Ketenagakerjaan", "Perbub Mojokerto No.84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kab. Mojokerto", "Peraturan Bupati Mojokerto No. 16 Tahun 2021 tentang Penyelenggaraan Satu Data Palapa"], "facilities": ["Komputer", "Flashdisk / Hardisk eksternal", "Buku Registrasi", "Alat Tulis Kantor"], "competence": ["Fungsional Perencana", "Pelaksana Sekretariat", "Kepala Bidang Teknis Pelaksana (penanggungjawab data)", "Fungsional pada bidang teknis pelaksana (operator pengelola data)"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	e1cd7b09f3b655596b57e87e032ca122f4128760fe507907fd51e9028fa1eb05	5	2026-11-02 07:30:00	\N	\N	10
19036534-7fd2-46bc-96b1-92d9a4661f3f	pensiun_pns	PENSIUN	\N	t	PENGUSULAN PENSIUN PNS	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pengusulan pensiun PNS ke BKPSDM	f	2	hari	{"key": "pensiun_pns", "code": "PENSIUN", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pengusulan pensiun PNS ke BKPSDM", "is_public": false, "title": "PENGUSULAN PENSIUN PNS", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat pengantar dinas", "sub_items": []}, {"text": "DUK", "sub_items": []}, {"text": "SK CPNS", "sub_items": []}, {"text": "SK PNS", "sub_items": []}, {"text": "SK jabatan lama dan baru", "sub_items": []}, {"text": "KTP", "sub_items": []}, {"text": "Pasfoto", "sub_items": []}, {"text": "Akte anak", "sub_items": []}, {"text": "Surat nikah", "sub_items": []}, {"text": "Daftar riwayat pekerjaan", "sub_items": []}, {"text": "KGB Terakhir", "sub_items": []}, {"text": "Surat tidak pernah dijatuhi hukuman disiplin", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Menyiapkan usulan pension PNS", "actor": "Sekretaris"}, {"number": 2, "text": "Membuat konsep usulan PNS dan meminta PNS yang memenuhi syarat untuk melengkapi berkas pension", "actor": "KASUBAG UMPEG"}, {"number": 3, "text": "Menyusun surat pengantar", "actor": "Pelaksana"}, {"number": 4, "text": "Kepala dinas menandatangani surat pengantar dan draft usul pension", "actor": "Kepala Dinas"}, {"number": 5, "text": "Melakukan penomoran, penggandaan dokumen", "actor": "Pelaksana"}, {"number": 6, "text": "Mengirim berkas usul pension ke BKPSDM", "actor": "Pelaksana"}], "flow_actors": ["Sekretaris", "KASUBAG UMPEG", "Pelaksana", "Kepala Dinas"], "flow_edges": [{"source": "Sekretaris", "target": "KASUBAG UMPEG", "label": ""}, {"source": "KASUBAG UMPEG", "target": "Pelaksana", "label": ""}, {"source": "Pelaksana", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Pelaksana", "label": ""}], "time_limit": {"value": 2, "unit": "hari", "text": "2 Hari"}, "fee": "Gratis", "product": "Daftar usul pensiun", "complaint_handling": "Jika Pengusulan Pensiun PNS tidak dilaksanakan 6 (enam) bulan sebelum TMT Pensiun PNS yang bersangkutan maka SOP tidak akan dapat terlaksana", "legal_basis": ["UU No. 5 Tahun 2014 Tentang Aparatur Sipil Negara", "UU No. 43 tahun 1999 tentang Perubahan atas UU No.08 Tahun 1974 tentang Pokok-Pokok Kepegawaian", "PP No. 11 tahun 2017 tentang Manajemen PNS", "PP No. 19 Tahun 2013 Perubahan Keempat No. 32 Tahun 1979 tentang Pemberhentian PNS", "PP No. 53 Tahun 2010 pasal 7 Tentang Disiplin PNS", "Perda No. 11 Tahun 2008 Tentang Pembentukan Organisasi dan Tata Kerja Dinas Daerah", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Komputer", "Almari arsip kepegawaian", "Surat pengantar dinas", "Dokumen/berkas"], "competence": ["Pegawai yang memahami peraturan perundang-undangan yang terkait dengan pension PNS", "Pegawai yang memahami tugas dan fungsi Dinas Tenaga Kerja Kab. Mojokerto"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	2110e15f6700ca997cdd32f4d7bc97a030c1745abbe652fb739b0ac70852a545	6	2026-11-02 07:30:00	\N	\N	10
f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	kenaikan_pangkat_pns	NAIKPANGKAT	\N	t	PENGUSULAN KENAIKAN PANGKAT PNS	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pengusulan kenaikan pangkat PNS ke BKPSDM	f	4	hari	{"key": "kenaikan_pangkat_pns", "code": "NAIKPANGKAT", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pengusulan kenaikan pangkat PNS ke BKPSDM", "is_public": false, "title": "PENGUSULAN KENAIKAN PANGKAT PNS", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "SK CPNS", "sub_items": []}, {"text": "SK PNS", "sub_items": []}, {"text": "SK pangkat terakhir", "sub_items": []}, {"text": "SK jabatan baru dan lama", "sub_items": []}, {"text": "SK pencantuman gelar", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Mengusulkan PNS yang akan naik pangkat", "actor": "Sekretaris"}, {"number": 2, "text": "Membuat surat usul kenaikan pangkat dan memberitahukan PNS yang bersangkutan untuk melengkapi berkas", "actor": "KASUBAG UMPEG"}, {"number": 3, "text": "Menyusun surat pengantar", "actor": "Pelaksana"}, {"number": 4, "text": "Kepala dinas menandatangani surat pengantar", "actor": "Kepala Dinas"}, {"number": 5, "text": "Melakukan penomoran, penggandaan dokumen", "actor": "Pelaksana"}, {"number": 6, "text": "Mengirim berkas usul pension ke BKPSDM", "actor": "Pelaksana"}], "flow_actors": ["Sekretaris", "KASUBAG UMPEG", "Pelaksana", "Kepala Dinas"], "flow_edges": [{"source": "Sekretaris", "target": "KASUBAG UMPEG", "label": ""}, {"source": "KASUBAG UMPEG", "target": "Pelaksana", "label": ""}, {"source": "Pelaksana", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Pelaksana", "label": ""}], "time_limit": {"value": 4, "unit": "hari", "text": "4 Hari"}, "fee": "Gratis", "product": "Daftar usulan kenaikan pangkat", "complaint_handling": "Jika Pengusulan Kenaikan Pangkat per April dan Oktober tidak dilaksanakan paling lambat 2 (dua) bulan sebelum TMT KP maka SOP Kenaikan pangkat PNS tidak dapat diselesaikan tepat waktu.", "legal_basis": ["UU No. 5 Tahun 2014 Tentang Aparatur Sipil Negara", "UU No. 43 tahun 1999 tentang Perubahan atas UU No.08 Tahun 1974 tentang Pokok-Pokok Kepegawaian", "PP No. 11 tahun 2017 tentang Manajemen PNS", "PP No. 12 Tahun 2003 tentang Perubahan atas PP No.99 Tahun 2000 Tentang Kenaikan Pangkat", "PP. 53 Tahun 2010 pasal 7 Tentang Disiplin PNS", "Perda No. 11 Tahun 2008 Tentang Pembentukan Organisasi dan Tata Kerja Dinas Daerah", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Komputer", "Almari arsip kepegawaian", "Surat pengantar dinas", "Dokumen/berkas"], "competence": ["Pegawai yang memahami peraturan perundang-undangan yang terkait dengan pension PNS", "Pegawai yang memahami tugas dan fungsi Dinas Tenaga Kerja Kab. Mojokerto", "Pegawai yang memahami tentang peraturan mengenai kepegaiwaan"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah di tetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	ffaf9b35da11f8db4ee9bfcab9cfcc087fc946adb71f0a5dec042cfa85b99e1b	7	2026-11-02 07:30:00	\N	\N	10
2150684b-6da4-4d69-9dcc-22d9a139b39c	apbd_papbd	APBD	\N	t	PENYUSUNAN APBD DAN PAPBD	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Penyusunan usulan program dan kegiatan APBD/PAPBD	f	4	hari	{"key": "apbd_papbd", "code": "APBD", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Penyusunan usulan program dan kegiatan APBD/PAPBD", "is_public": false, "title": "PENYUSUNAN APBD DAN PAPBD", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "RKA", "sub_items": []}, {"text": "RENSTRA", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Menyiapkan usulan Program dan Kegiatan", "actor": "Bidang Teknis"}, {"number": 2, "text": "Menerima dan memeriksa usulan dari bidang teknis", "actor": "JF Perencana"}, {"number": 3, "text": "Menyelaraskan usulan dengan Rencana Kerja dan Renstra OPD", "actor": "JF Perencana"}, {"number": 4, "text": "Menyusun usulan program dan kegiatan OPD", "actor": "JF Perencana"}, {"number": 5, "text": "Usulan program dan kegiatan APBD.PAPBD OPD siap dikirimkan kepada Bupati Mojokerto", "actor": "Sekretaris"}], "flow_actors": ["Bidang Teknis", "JF Perencana", "Sekretaris", "Kepala Dinas"], "flow_edges": [{"source": "Bidang Teknis", "target": "JF Perencana", "label": ""}, {"source": "JF Perencana", "target": "Sekretaris", "label": ""}, {"source": "Kepala Dinas", "target": "JF Perencana", "label": ""}], "time_limit": {"value": 4, "unit": "hari", "text": "4 Hari"}, "fee": "Gratis", "product": "Usulan Program", "complaint_handling": "", "legal_basis": ["UU No.13 Th. 2003 tentang Ketenagakerjaan", "Peraturan Daerah Kabupaten Mojokerto Nomor 11 Tahun 2008 tentang Struktur Organisasi dan Tata Kerja", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Buku registrasi", "Alat tulis kantor"], "competence": ["Pegawai yang memiliki pengetahuan tentang penyusunan program"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 1, "staff_count_text": "1 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	941cc570cf905ae65306410ebc9d37004edfb09a9e6dca42e802f7a625dae212	8	2026-11-02 07:30:00	\N	\N	10
3c50e2db-a6cf-4206-b208-76bb8218e7b4	diklat_bimtek	DIKLAT	\N	t	KEPESERTAAN DIKLAT/BIMTEK	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Kepesertaan pegawai dalam diklat dan bimtek	f	2	jam	{"key": "diklat_bimtek", "code": "DIKLAT", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Kepesertaan pegawai dalam diklat dan bimtek", "is_public": false, "title": "KEPESERTAAN DIKLAT/BIMTEK", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "SPT", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Menerima surat masuk informasi diklat / bimtek yang sudah di disposisi Kepala Dinas", "actor": "Kepala Bidang"}, {"number": 2, "text": "Mereview maksud dan tujuan surat, Jika diperlukan menginformasikan ke Kepala Seksi untuk menentukan peserta diklat / bimtek", "actor": "Kepala Bidang"}, {"number": 3, "text": "Menginformasikan ke Peserta untuk mengikuti diklat / bimtek sesuai surat masuk", "actor": "KASUBAG UMPEG"}, {"number": 4, "text": "Melengkapi SPT Kepesertaan diklat / bimtek", "actor": "KASUBAG UMPEG"}, {"number": 5, "text": "Melakukan persiapan dan mengikuti diklat / bimtek sesuai jadwal", "actor": "Peserta Diklat/Bimtek"}, {"number": 6, "text": "Membuat laporan diklat / bimtek, menyerahkan pertanggungjawaban SPPD ke bagian keuangan dan sertifikat pelatihan jika ada ke bagian Umum dan Kepegawaian Menyimpan bukti diklat / bimtek dan melakukan up date database Pegawai Melakukan evaluasi efektivitas diklat / bimtek", "actor": "Peserta Diklat/Bimtek"}], "flow_actors": ["Kepala Bidang", "KASUBAG UMPEG", "KASIE", "Peserta Diklat/Bimtek"], "flow_edges": [{"source": "Kepala Bidang", "target": "KASUBAG UMPEG", "label": ""}, {"source": "KASIE", "target": "Kepala Bidang", "label": ""}, {"source": "KASUBAG UMPEG", "target": "Peserta Diklat/Bimtek", "label": ""}, {"source": "Peserta Diklat/Bimtek", "target": "KASUBAG UMPEG", "label": ""}], "time_limit": {"value": 2, "unit": "jam", "text": "2 Jam"}, "fee": "Gratis", "product": "Evaluasi diklat bimtek", "complaint_handling": "Peningkatan kompetensi pegawai dalam melakukan tugas dan tanggung jawab perlu dilakukan secara berkala dan dilakukan evaluasi sehingga mereka menyadari akan pentingnya peran mereka dalam menghasilkan pelayanan yang berkualitas", "legal_basis": ["Undang-Undang Republik Indonesia Nomor 13 Tahun 2003", "Permenpan dan Reformasi Birokrasi No. 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 Tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Dalam Negeri No. 52 Tahun 2011 Tentang Standar Operasional Prosedur (SOP) di Lingkungan Pemerintah Provinsi dan Kabupaten / Kota", "Peraturan Pemerintah RI No. 101 Tahun 200 Tentang Pendidikan dan Pelatihan Jabatan Pegawai Negeri Sipil", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Alat tulis kantor", "Komputer", "Printer"], "competence": ["Pegawai yang memahami tentang proses administrasi/pengendalian informasi surat menyurat", "Pegawai yang memahami kompetensi yang dibutuhkan dalam peningkatan kualitas sumber daya manusia"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": null, "staff_count_text": "", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "procedure", "note": "Langkah 6 memuat beberapa kalimat tanpa nomor; disimpan sebagai satu langkah"}, {"field": "legal_basis", "note": "Penomoran sumber: 1 (tanpa titik), 2, 3, 4, 5, 6; semua butir disimpan berurutan"}, {"field": "staff_count_text", "note": "Kosong pada sumber"}]}	6770aefd0db20d508a81c72f42c27eea1ea24aed848c2604e6da9903e8abdbe3	9	2026-11-02 07:30:00	\N	\N	10
90fa7587-7160-43ac-b8b5-83a0a912e2e0	pemeliharaan_kebersihan	KEBERSIHAN	\N	t	PEMELIHARAAN KEBERSIHAN	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Jadwal, pelaksanaan dan evaluasi kebersihan kantor	f	2	jam	{"key": "pemeliharaan_kebersihan", "code": "KEBERSIHAN", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Jadwal, pelaksanaan dan evaluasi kebersihan kantor", "is_public": false, "title": "PEMELIHARAAN KEBERSIHAN", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Alat kebersihan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Koordinator menyusun jadwal kebersihan dan Melakukan evaluasi kebersihan pembagian area untuk petugas kebersihan dan Mensosialisasikan jadwal kebersihan ke Petugas Kebersihan", "actor": "Koordinator Kebersihan"}, {"number": 2, "text": "Melaksanakan kebersihan area sesuai dengan form pemeliharaan kebersihan dan", "actor": "Petugas Kebersihan"}, {"number": 3, "text": "Melakukan pemantauan kebersihan sesuai dengan formulir", "actor": "Koordinator Kebersihan"}, {"number": 4, "text": "Melakukan evaluasi kebersihan", "actor": "Kasubag Umpeg"}], "flow_actors": ["Koordinator Kebersihan", "Kasubag Umpeg", "Petugas Kebersihan"], "flow_edges": [{"source": "Koordinator Kebersihan", "target": "Kasubag Umpeg", "label": ""}, {"source": "Koordinator Kebersihan", "target": "Petugas Kebersihan", "label": ""}], "time_limit": {"value": 2, "unit": "jam", "text": "2 Jam"}, "fee": "Gratis", "product": "Evaluasi kebersihan", "complaint_handling": "Kebersihan merupakan faktor penunjang dalam meningkatkan kinerja dan kenyamanan pegawai dan masyarakat / pencaker yang membutuhkan layanan Dinas", "legal_basis": ["Undang-Undang Republik Indonesia Nomor 13 Tahun 2003 Tentang Ketenagakerjaan", "Permenpan dan Reformasi Birokrasi No. 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 Tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Dalam Negeri No. 52 Tahun 2011 Tentang standar Operasional Prosedur (SOP) di Lingkungan Pemerintah Provinsi dan Kabupaten / Kota", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Alat tulis kantor", "Alat kebersihan"], "competence": ["Koordinator kebersihan memahami tugas dan fungsinya dalam pemeliharaan kebersihan untuk menunjang kenyamanan dalam dalam pelayanan dan kegiatan"], "internal_supervision": "Dilakukan evaluasi terkait masalah kebersihan secara rutin", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah di tetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	260da5121daea66441f5272348aad9a8530c00d50de4db9d421bf59a08df4836	10	2026-11-02 07:30:00	\N	\N	10
87a66c95-f84e-4a65-a761-64ce01dc8c2e	reward_sanksi_asn	REWARD	\N	t	PEMBERIHAN PENGHARGAAN (REWARD) DAN SANKSI ASN DINAS TENAGA KERJA KABUPATEN MOJOKERTO	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pemberian penghargaan dan sanksi bagi ASN dinas	f	14	hari	{"key": "reward_sanksi_asn", "code": "REWARD", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pemberian penghargaan dan sanksi bagi ASN dinas", "is_public": false, "title": "PEMBERIHAN PENGHARGAAN (REWARD) DAN SANKSI ASN DINAS TENAGA KERJA KABUPATEN MOJOKERTO", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": []}], "procedure": [{"number": 1, "text": "Menginventarisir pegawai yang telah memenuhi syarat untuk diusulkan meraih penghargaan dan menyiapkan berkas persyaratan", "actor": "Staff/Kasubag Umpeg"}, {"number": 2, "text": "Melaksanakan penilaian dan penentuan penerima penghargaan dan piagam penghargaan", "actor": "Sekretaris Dinas"}, {"number": 3, "text": "Menyiapkan berkas dan kelengkapan untuk penandatanganan keputusan Kepala Dinas dan piagam penghargaan", "actor": "Staff/Kasubag Umpeg"}, {"number": 4, "text": "Penyerahan piagam penghargaan kepada pegawai yang bersangkutan", "actor": "Kepala Dinas"}], "flow_actors": ["Staff/Kasubag Umpeg", "Sekretaris Dinas", "Kepala Dinas"], "flow_edges": [{"source": "Staff/Kasubag Umpeg", "target": "Sekretaris Dinas", "label": ""}, {"source": "Sekretaris Dinas", "target": "Kepala Dinas", "label": ""}], "time_limit": {"value": 14, "unit": "hari", "text": "14 hari"}, "fee": "Gratis", "product": "SK Teguran dan piagam penghargaan", "complaint_handling": "1. Pemberian sanksi atas kinerja akan terkendala jika terjadi penyimpangan dalam prosedurnya\\n2. Pemberian reward atas kinerja akan terkendala jika terjadi penyimpangan dalam prosedurnya", "legal_basis": ["UU No.5 Th. 2014 tentang Aparatur Sipil Negara (ASN)", "Peraturan Pemerintah No 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil tentang Struktur Organisasi dan Tata Kerja", "Peraturan Daerah No. 1 Tahun 2019 tentang Penyelenggaraan Ketenagakerjaan", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Alat tulis kantor", "Komputer", "Printer", "Scan", "Jaringan internet", "Meja dan kursi", "Buku Agenda"], "competence": ["Pegawai yang memahami peraturan tentang pokok-pokok kepegawaian", "Pegawai yang memahami dengan baik prinsip-prinsip penyelenggaraan pelayanan public prima", "Pegawai yang memiliki sikap ketelitian, komunikatif, kerjasama, kejujuran dan pengendalian emosi", "Pegawai yang mampu mengoperasikan komputer"], "internal_supervision": "Dilakukan inventarisir pegawai jika memenuhi syarat untuk diusulkan meraih penghargaan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "requirements", "note": "Kosong pada sumber"}]}	ee4721a65c99b4b8e67de25f43b9dd23bb942f47467066bda40c7c489512bc62	11	2026-11-02 07:30:00	\N	\N	10
02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	digitalisasi_spj	SPJ	\N	t	DIGITALISASI SURAT DIGITALISASI PERTANGGUNGJAWABAN	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Verifikasi dan digitalisasi SPJ pengeluaran	f	2	jam	{"key": "digitalisasi_spj", "code": "SPJ", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Verifikasi dan digitalisasi SPJ pengeluaran", "is_public": false, "title": "DIGITALISASI SURAT DIGITALISASI PERTANGGUNGJAWABAN", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Dokumen SPJ lengkap", "sub_items": []}]}], "procedure": [{"number": 1, "text": "PPTK Menyerahkan dokumen SPJ kepada verifikator kemudian", "actor": "PPTK"}, {"number": 2, "text": "Verifikasi dokumen untuk diberikan kepada Bendahara Pengeluaran", "actor": "Verifikator SPJ"}, {"number": 3, "text": "Mencatat dan mengarsip pelaksanaan belanja di buku Penatausahaan", "actor": "Bendahara Pengeluaran"}, {"number": 4, "text": "PA/PPKom mengesahkan SPJ pengeluaran dan menyerahkan ke PPK SKPD laporan pertanggungjawaban", "actor": "PA/PPKom"}, {"number": 5, "text": "Penginputan surat pertanggungjawaban ke dalam SIPD", "actor": "PPK SKPD"}, {"number": 6, "text": "Membuat laporan SPJ untuk sampaikan kepada PPKD selaku BUD dan Pengguna Anggaran", "actor": "PPK SKPD"}, {"number": 7, "text": "Pengiriman laporan SPJ ke BPKAD", "actor": "PPK SKPD"}, {"number": 8, "text": "PPTK menerima pemabayaran", "actor": "PPTK"}], "flow_actors": ["PPTK", "Verifikator SPJ", "Bendahara Pengeluaran", "PA/PPKom", "PPK SKPD"], "flow_edges": [{"source": "PPTK", "target": "Verifikator SPJ", "label": ""}, {"source": "Verifikator SPJ", "target": "Bendahara Pengeluaran", "label": ""}, {"source": "Bendahara Pengeluaran", "target": "PA/PPKom", "label": ""}, {"source": "PA/PPKom", "target": "PPK SKPD", "label": ""}], "time_limit": {"value": 2, "unit": "jam", "text": "2 jam"}, "fee": "Gratis", "product": "Pengolahan data", "complaint_handling": "1. Keterlambatan penyerahan SPJ mengakibatkan terhambatnya proses pembayaran", "legal_basis": ["Peraturan Menteri Dalam Negeri RI No. 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah", "Peraturan Bupati Mojokerto No. 3 Tahun 2022 tentang Perubahan atas Peraturan Bupati No. 8 Tahun 2021 tentang Petunjuk Teknis Pelaksanaan Kegiatan.", "Perbup Mojokerto no 27 Tahun 2022 tentang Perubahan kedua atas Peraturan Bupati No. 8 Tahun 2021 tentang Petunjuk teknis Pelaksanaan Kegiatan.", "Peraturan Menteri Pendayagunaan Aparatur Sipil Negara dan Reformasi Birokrasi Republik Indonesia No. 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintah."], "facilities": ["Alat tulis kantor", "Komputer", "Printer", "Scan", "Jaringan internet", "Meja dan kursi"], "competence": ["Pegawai yang memiliki kemampuan pengolahan data sederhana", "Pegawai yang memahami tentang Permendagri RI. 77 Tahun 2020", "Pegawai yang memahami tentang peraturan Bupati Mojokerto nomor 3 Tahun 2022 dan No. 27 Tahun 2022"], "internal_supervision": "Melakukan evaluasi dan penghimpauan agar SPJ diserahkan tepat waktu sesuai kesepakatan.", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "legal_basis", "note": "Penomoran sumber: 1, 2, 3, 3; semua butir disimpan berurutan"}]}	57bac2a2782346e36a80c8af1c2953884b6b5175dcdfa207ad4a5f220433f7e8	12	2026-11-02 07:30:00	\N	\N	10
373027a4-9dff-4c5b-a84b-76f52bbab297	pengadaan_langsung	PENGADAAN	\N	t	PENGADAAN LANGSUNG	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pengadaan langsung barang/jasa dinas	f	2	hari	{"key": "pengadaan_langsung", "code": "PENGADAAN", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pengadaan langsung barang/jasa dinas", "is_public": false, "title": "PENGADAAN LANGSUNG", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "DPA", "sub_items": []}, {"text": "SPK", "sub_items": []}, {"text": "Laporan pemeliharaan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Mengecek daftar perencanaan anggaran", "actor": "Kasubag Umpeg"}, {"number": 2, "text": "Membuat dan menatpkan daftar dan kriteria supplier yang dapat memenuhi syarat dalam proses pembelian", "actor": "Pelaksana Subbag Umpeg"}, {"number": 3, "text": "Melaksanakan proses pembelian", "actor": "Pelaksana Subbag Umpeg"}, {"number": 4, "text": "Memeriksa kualitas barang yang dibeli", "actor": "Pengurus Barang"}, {"number": 5, "text": "Membuat laporan pembelian dengan memperhatikan spesifikasi, waktu dan jumlah sesuai pengajuan", "actor": "Pengurus Barang"}, {"number": 6, "text": "Mengesahkan laporan pembelian", "actor": "Sekretaris Dinas"}, {"number": 7, "text": "Membuat dan mengesahkan laporan evaluasi supplier/rekanan", "actor": "Kepala Dinas"}, {"number": 8, "text": "Menyimpan rekamanan terakait pembelian barang/jasa, seleksi dan evaluasi supplier / rekanan", "actor": "Kasubag Umpeg"}], "flow_actors": ["Kasubag Umpeg", "Pelaksana Subbag Umpeg", "Pengurus Barang", "Sekretaris Dinas", "Kepala Dinas"], "flow_edges": [{"source": "Kasubag Umpeg", "target": "Pelaksana Subbag Umpeg", "label": ""}, {"source": "Pelaksana Subbag Umpeg", "target": "Pengurus Barang", "label": ""}, {"source": "Pengurus Barang", "target": "Sekretaris Dinas", "label": ""}, {"source": "Sekretaris Dinas", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kasubag Umpeg", "label": ""}], "time_limit": {"value": 2, "unit": "hari", "text": "2 hari"}, "fee": "Gratis", "product": "Pengolahan data", "complaint_handling": "Pengadaan barang dan jasa yang dilakukan sesuai dengan peraturan perundang-undangan yang berlaku", "legal_basis": ["Undang-Undang Republik Indonesia Nomor 13 Tahun 2003 Tentang Ketenagakerjaan", "Permenpan dan Reformasi Birokrasi No. 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 Tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Dalam Negeri No. 52 Tahun 2011 Tentang Standar Operasional Prosedur (SOP) di Lingkungan Pemerintah Provinsi dan Kabupaten / Kota", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto", "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaa Barang/Jasa Pemerintah"], "facilities": ["Alat tulis kantor", "Komputer", "Printer"], "competence": ["Pegawai yang memiliki kemampuan dalam memahami peraturan perundang-undangan terkait pengadaan jasa/pemerintah pengelolaan barang milik daerah"], "internal_supervision": "Dilakukan evaluasi secara rutin agar proses yang dilakukan sesuai dengan prosedur yang di tentukan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah di tetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "legal_basis", "note": "Penomoran sumber: 1, 2, 3, 4, 6, 7; semua butir disimpan berurutan"}]}	c9144dd37a65ca304f6bee25fbabef4a4b87b7893d46ff88d5b723936c4f54d8	13	2026-11-02 07:30:00	\N	\N	10
70080890-3fa7-48c4-85ff-e9e7df952834	dana_kegiatan	DANAKEG	\N	t	PENGAJUAN PERMOHONAN DANA KEGIATAN	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pengajuan NPD dan pencairan dana kegiatan	f	2	jam	{"key": "dana_kegiatan", "code": "DANAKEG", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pengajuan NPD dan pencairan dana kegiatan", "is_public": false, "title": "PENGAJUAN PERMOHONAN DANA KEGIATAN", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "SPJ", "sub_items": []}, {"text": "NPD", "sub_items": []}, {"text": "Nota dinas", "sub_items": []}, {"text": "Kwitansi", "sub_items": []}, {"text": "Surat keputusan BPKA", "sub_items": []}, {"text": "Buku register", "sub_items": []}, {"text": "Dokumen Pengawasan Definitif Anggaran", "sub_items": []}, {"text": "Kartu Kendali", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Melakukan pengajuan NPD beserta kelengkapan berkas lainnya", "actor": "PPTK"}, {"number": 2, "text": "Verifikasi kesesuaian berkas pengajuan dan ketersediaan anggaran", "actor": "Koordinator PPTK"}, {"number": 3, "text": "Pengembalian berkas pengajuan permohonan dana dan dilanjut pemberitahuan pengajuan dana kegiatan", "actor": "Kepala Bidang"}, {"number": 4, "text": "Permintaan persetujuan notdin dan penandatanganan NPD", "actor": "Pegguna Anggaran"}, {"number": 5, "text": "Pencairan pengajuan permohonan dana telah direalisasikan", "actor": "Bendahara Pengeluaran"}], "flow_actors": ["PPTK", "Koordinator PPTK", "Kepala Bidang", "Pegguna Anggaran", "Bendahara Pengeluaran"], "flow_edges": [{"source": "PPTK", "target": "Koordinator PPTK", "label": ""}, {"source": "Koordinator PPTK", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "Pegguna Anggaran", "label": ""}, {"source": "Pegguna Anggaran", "target": "Bendahara Pengeluaran", "label": ""}], "time_limit": {"value": 2, "unit": "jam", "text": "2 Jam"}, "fee": "Gratis", "product": "Permohonan dana", "complaint_handling": "", "legal_basis": ["Permendagri No. 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah", "Perbup Nomor 17 Tahun 2014 Tentang Sistem dan Prosedur Pengelolaan Keuangan Daerah Pemerintah Kab. Mojokerto"], "facilities": ["Komputer", "Jaringan internet", "Meja dan Kursi"], "competence": ["Pegawai yang memiliki kemampuan dalam memahami tentang pedoman pengelolaan keuangan daerah"], "internal_supervision": "Melakukan evaluasi perihal proses pencairan dana kegiatan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	357e83f139bd7064ee4412cf7c9d1165014ee6c6c1e10c96d24286ccffba6c7c	14	2026-11-02 07:30:00	\N	\N	10
af6812d7-539b-4b89-afc3-74bea9401504	pengukuran_kinerja	KINERJA	\N	t	PENGUKURAN DATA KINERJA	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pengukuran dan rekapitulasi data kinerja	f	5	hari	{"key": "pengukuran_kinerja", "code": "KINERJA", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pengukuran dan rekapitulasi data kinerja", "is_public": false, "title": "PENGUKURAN DATA KINERJA", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Perjanjian Kinerja", "sub_items": []}, {"text": "Renstra", "sub_items": []}, {"text": "Renja", "sub_items": []}, {"text": "LKjIP", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Kepala dinas memerintahkan sekretaris untuk melakukan pengukuran data kinerja", "actor": "Kepala Dinas"}, {"number": 2, "text": "Sekretaris melakukan rapat dengan tim sakip untuk memberikan arahan", "actor": "Sekretaris"}, {"number": 3, "text": "Menyusun rencana kegiatan dengan menyiapkan metodologi pengukuran capaian kinerja untuk tiap-tiap program", "actor": "Tim SAKIP"}, {"number": 4, "text": "Seluruh ASN internal melakukan pengukuran capaian kinerja", "actor": "Seluruh ASN"}, {"number": 5, "text": "Melakukan evaluasi kemudian merangkap seluruh hasil pengukuran capaian kinerja", "actor": "Tim SAKIP"}, {"number": 6, "text": "Melaporkan hasil rekapitulasi kepada sekretaris", "actor": "Tim SAKIP"}, {"number": 7, "text": "Menganalisa hasil rekapitulasi", "actor": "Sekretaris"}, {"number": 8, "text": "Melaporkan kepada kepala dinas", "actor": "Sekretaris"}, {"number": 9, "text": "Pengarsipan data kinerja", "actor": "Tim SAKIP"}], "flow_actors": ["Kepala Dinas", "Sekretaris", "Tim SAKIP", "Seluruh ASN"], "flow_edges": [{"source": "Kepala Dinas", "target": "Sekretaris", "label": ""}, {"source": "Sekretaris", "target": "Tim SAKIP", "label": ""}, {"source": "Tim SAKIP", "target": "Seluruh ASN", "label": ""}, {"source": "Seluruh ASN", "target": "Kepala Dinas", "label": ""}], "time_limit": {"value": 5, "unit": "hari", "text": "5 hari"}, "fee": "Gratis", "product": "Data kinerja", "complaint_handling": "Apabila SOP Pengukuran Data Kinerja tidak diselesaikan maka evaluasi AKIP akan terhambat", "legal_basis": ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah"], "facilities": ["Alat tulis kantor", "Komputer", "Printer", "Dokumen renja, renstra, perjanjian kinerja dan LKjIP"], "competence": ["Pegawai yang memiliki keterampilan mengenai analisis capaian kerja"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	0df86e046e8a23e08fca2a0910dc2e8142fff333fd1a980b1ec5a45d50830de5	15	2026-11-02 07:30:00	\N	\N	10
67da5aa5-90c3-4d99-8756-85d51c1d0246	pemeliharaan_sarana	SARANA	\N	t	PEMELIHARAAN SARANA	Dinas Tenaga Kerja Kabupaten Mojokerto	Sekretariat	Pemeliharaan sarana dan prasarana kantor	f	1	hari	{"key": "pemeliharaan_sarana", "code": "SARANA", "ticket_prefix": null, "bidang": "Sekretariat", "description": "Pemeliharaan sarana dan prasarana kantor", "is_public": false, "title": "PEMELIHARAAN SARANA", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Dokumen DPA", "sub_items": []}, {"text": "SPK", "sub_items": []}, {"text": "Laporan pemeliharaan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Merencanakan pemeliharaan sarana dan prasarana sesuai DPA", "actor": "Kasubag Umpeg"}, {"number": 2, "text": "Koordinasi dengan pejabat pengadaan untuk rencana pemeliharaan sarana", "actor": "Pengurus Barang"}, {"number": 3, "text": "Menginformasikan ke pihak ketiga untuk rencana kegiatan pemeliharaan yang akan diserahkan kepada bidang/sub bagian", "actor": "Pengurus Barang"}, {"number": 4, "text": "Melakukan pemeliharaan sesuai ruang lingkup pekerjaan", "actor": "Pihak Ketiga"}, {"number": 5, "text": "Membuat laporan pemeliharaan untuk digunakan sebagai bukti", "actor": "Pihak Ketiga"}, {"number": 6, "text": "Melakukan serah terima dan melakukan verifikasi hasil pekerjaan", "actor": "Pengurus Barang"}], "flow_actors": ["Kasubag Umpeg", "Pengurus Barang", "Pihak Ketiga"], "flow_edges": [{"source": "Kasubag Umpeg", "target": "Pengurus Barang", "label": ""}, {"source": "Pengurus Barang", "target": "Pihak Ketiga", "label": ""}], "time_limit": {"value": 1, "unit": "hari", "text": "1 Hari"}, "fee": "Gratis", "product": "Laporan hasil pemeliharaan", "complaint_handling": "Sarana yang perlu dipelihara yaitu sarana yang berkaitan dengan kelancaran proses pelayanan", "legal_basis": ["Undang-Undang Republik Indonesia Nomor 13 Tahun 2003 Tentang Ketenagakerjaan", "Permenpan dan Reformasi Birokrasi No. 35 Tahun 2012 Tentang Pedoman Penyusunan Standar Operasional Prosedur", "Peraturan Menteri Ketenagakerjaan RI No. 5 Tahun 2017 Tentang Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan Kementerian Ketenagakerjaan", "Peraturan Menteri Dalam Negeri No. 52 Tahun 2011 Tentang Standar Operasional Prosedur (SOP) di Lingkungan Pemerintah Provinsi dan Kabupaten / Kota", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Organisasi dan Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto", "Peraturan Bupati No 61 Tahun 2015 tentang Petunjuk Teknis Inventarisasi Barang Milik Daerah Pemerintah Kabupaten Mojokerto"], "facilities": ["Alat tulis kantor", "Komputer", "Printer"], "competence": ["Pegawai yang memahami tugas dan tanggungjawab di bagian umum dan kepegawaian khususnya pengelolaan barang milik daerah", "Pegawai yang memahami pengelolaan barang milik daerah"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 1, "staff_count_text": "1 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	314bdcdd40cf5d5a30427c7c10d9a7b9f587929935471e6c0ef3417dbd57c62a	16	2026-11-02 07:30:00	\N	\N	10
9292b758-5ff8-474b-b5b4-aaed6fda88d1	pelatihan_sertifikasi	LATSER	S	t	PELAKSANAAN KEGIATAN PELATIHAN DAN SERTIFIKASI	Dinas Tenaga Kerja Kabupaten Mojokerto	Pelatihan dan Produktivitas	Uji keterampilan dan sertifikasi pelatihan kerja	t	7	hari	{"key": "pelatihan_sertifikasi", "code": "LATSER", "ticket_prefix": "S", "bidang": "Pelatihan dan Produktivitas", "description": "Uji keterampilan dan sertifikasi pelatihan kerja", "is_public": true, "title": "PELAKSANAAN KEGIATAN PELATIHAN DAN SERTIFIKASI", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": []}], "procedure": [{"number": 1, "text": "Pemohon menyerahkan berkas permohonan uji keterampilan", "actor": "Pemohon"}, {"number": 2, "text": "Mendisposisi surat masuk", "actor": "Kepala Dinas"}, {"number": 3, "text": "Kasi uji keterampilan dan sertifikasi menerima dan meneliti berkas", "actor": "JF Analisis Kebijakan"}, {"number": 4, "text": "Menghimpun dan mengidentifikasi jenis uji keterampilan dan sertifikasi", "actor": "JF Analisis Kebijakan"}, {"number": 5, "text": "Melaporkan kepada kepala dinas", "actor": "Kepala Bidang"}, {"number": 6, "text": "Menyerahkan kepada pemohon", "actor": "Petugas Pelatihan"}, {"number": 7, "text": "Kasi uji keterampilan dan sertifikasi dan tim melaksanakan uji keterampilan dan sertifikasi", "actor": "Petugas Pelatihan"}], "flow_actors": ["Pemohon", "Kasubag Umpeg", "Kepala Dinas", "Sekretaris Dinas", "Kepala Bidang", "JF Analisis Kebijakan", "Petugas Pelatihan"], "flow_edges": [{"source": "Pemohon", "target": "Kasubag Umpeg", "label": ""}, {"source": "Kasubag Umpeg", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Sekretaris Dinas", "label": ""}, {"source": "Sekretaris Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "JF Analisis Kebijakan", "label": ""}, {"source": "JF Analisis Kebijakan", "target": "Petugas Pelatihan", "label": ""}, {"source": "Petugas Pelatihan", "target": "Pemohon", "label": ""}], "time_limit": {"value": 7, "unit": "hari", "text": "7 hari"}, "fee": "Gratis", "product": "Uji Keterampilan", "complaint_handling": "Pelayanan Uji Keterampilan Kerja dan Sertifikasi yang tidak sesuai ketentuan akan berakibat pada lambatnya pelayanan Uji Keterampilan Kerja dan Sertifikasi sehingga dapat menyebabkan kurang optimalnya pelaksanaan Uji Keterampilan Kerja dan Sertifikasi", "legal_basis": ["Undang-Undang No. 13 Tahun 2003 tentang Ketenagakerjaan", "Perbub Mojokerto No. 63 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto", "Peraturan Menteri Tenaga Kerja dan Transmigrasi RI No. 8 Tahun 2014 tentang Pedoman Penyelenggaraan Pelatihan Berbasis Kompetensi"], "facilities": ["Komputer", "Alat Tulis Kantor"], "competence": ["Pejabat dan Staff Pelaksana bidang Pelatihan"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan publik", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "requirements", "note": "Kosong pada sumber"}]}	4a5e9c1cfb8bf2b1600e12184aa845cffa27f0ed1b88b2970b8cbd2b07edbde4	17	2026-11-02 07:30:00	\N	\N	10
7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	pemagangan	MAGANG	M	t	PENGESAHAN PERJANJIAN PEMAGANGAN	Dinas Tenaga Kerja Kabupaten Mojokerto	Pelatihan dan Produktivitas	Pengesahan perjanjian pemagangan	t	2	hari	{"key": "pemagangan", "code": "MAGANG", "ticket_prefix": "M", "bidang": "Pelatihan dan Produktivitas", "description": "Pengesahan perjanjian pemagangan", "is_public": true, "title": "PENGESAHAN PERJANJIAN PEMAGANGAN", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat permohonan pengesahan perjanjian pemagangan", "sub_items": []}, {"text": "Perjanjian magang perorang", "sub_items": []}, {"text": "Silabus pelatihan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Pemohon menyerahkan berkas permohonan uji keterampilan", "actor": "Pemohon"}, {"number": 2, "text": "Mendisposisi surat masuk", "actor": "Kepala Dinas"}, {"number": 3, "text": "Meneliti kelengkapan persyaratan pelaksanaan magang", "actor": "JF Analisis Kebijakan"}, {"number": 4, "text": "Mencatat pada buku induk peserta magang dan memberi stempel pengesahan dan nomor pada berkas perjanjian pemagangan", "actor": "Petugas Pelaksana"}, {"number": 5, "text": "Melakukan pengesahan perajanjian pemagangan", "actor": "Kepala Dinas"}, {"number": 6, "text": "Menyerahkan kepada pemohon", "actor": "Petugas Pelaksana"}], "flow_actors": ["Pemohon", "Kasubag Umpeg", "Kepala Dinas", "Sekretaris Dinas", "Kepala Bidang", "JF Analisis Kebijakan", "Petugas Pelaksana"], "flow_edges": [{"source": "Pemohon", "target": "Kasubag Umpeg", "label": ""}, {"source": "Kasubag Umpeg", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Sekretaris Dinas", "label": ""}, {"source": "Sekretaris Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "JF Analisis Kebijakan", "label": ""}, {"source": "JF Analisis Kebijakan", "target": "Petugas Pelaksana", "label": ""}, {"source": "Petugas Pelaksana", "target": "Pemohon", "label": ""}], "time_limit": {"value": 2, "unit": "hari", "text": "2 hari"}, "fee": "Gratis", "product": "Perjanjian Pemagangan", "complaint_handling": "Pelayanan pengesahan perjanjian pemagangan yang tidak sesuai dengan ketentuan dan prosedur yang berlaku maka tidak dapat diproses lebih lanjut", "legal_basis": ["Undang-undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan", "Peraturan Menteri Ketenagakerjaan RI No 36 Tahun 2016 Program Penyelenggaraan Pemagangan Dalam Negeri", "Perbup Mojokerto No.63 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Kerja Kab. Mojokerto"], "facilities": ["Alat Tulis Kantor", "Komputer dan Printer"], "competence": ["Pegawai yang memiliki kompetensi pengetahuan tentang pelatihan ketenagakerjaan", "Pegawai yang memahami penyusunan kurikulum dan silabus pelatihan", "Pegawai yang memahami konsep pemahaman tentang program pemangangan"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": []}	6955518c8fbe84282b1209aff91f1f69c2f799dec1d71f4976e272b78fcccfa4	18	2026-11-02 07:30:00	\N	\N	10
129cae48-77f2-4ed2-a9a8-5aa5076f1152	kecelakaan_kerja_tahap1	KK1	K	t	LAPORAN KECELAKAAN KERJA TAHAP 1	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Laporan kecelakaan kerja tahap 1	t	10	menit	{"key": "kecelakaan_kerja_tahap1", "code": "KK1", "ticket_prefix": "K", "bidang": "Hubungan Industrial", "description": "Laporan kecelakaan kerja tahap 1", "is_public": true, "title": "LAPORAN KECELAKAAN KERJA TAHAP 1", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Dokumen Laporan Kecelakaan Kerja", "sub_items": []}, {"text": "Fotocopy KTP", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penerimaan Pelaporan", "actor": "Petugas/Pegawai yang Ditunjuk"}, {"number": 2, "text": "Verifikasi kebenaran isi dokumen pengaduan dan dokumen pendukung lainnya", "actor": "Petugas/Pegawai yang Ditunjuk"}, {"number": 3, "text": "Penandatanganan Dokumen Laporan", "actor": "Pejabat yang Ditunjuk"}, {"number": 4, "text": "Pemberian Nomor dan Tanggal Legalisasi serta Stempel Dinas", "actor": "Petugas/Pegawai yang Ditunjuk"}, {"number": 5, "text": "Penyerahan Dokumen laporan", "actor": "Petugas/Pegawai yang Ditunjuk"}], "flow_actors": ["Pemohon", "Petugas/Pegawai yang Ditunjuk", "Pejabat yang Ditunjuk"], "flow_edges": [{"source": "Pemohon", "target": "Petugas/Pegawai yang Ditunjuk", "label": ""}, {"source": "Petugas/Pegawai yang Ditunjuk", "target": "Pejabat yang Ditunjuk", "label": ""}], "time_limit": {"value": 10, "unit": "menit", "text": "10 menit"}, "fee": "Gratis", "product": "Laporan", "complaint_handling": "", "legal_basis": ["Undang-undang Nomor 01 Tahun 1970 tentang Keselamatan Kerja", "Undang-undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan", "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja", "Undang-undang No. 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial", "Perda No.1 Tahun 2019 tentang penyelenggaraan Ketenagakerjaan", "Perbub Mojokerto No.84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto"], "facilities": ["Komputer", "Dokumen/Surat", "Jaringan Internet", "Meja dan Kursi"], "competence": ["Pegawai Jabatan Fungsional/Pejabat Strukturan/Pelaksana yang ditunjuk yang memiliki pemahaman tentang K3"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	69aa0e7b70d781205beda4972cceb08d8c8342c4162f6555b3ed70238d25d27c	19	2026-11-02 07:30:00	\N	\N	10
90a1894b-1d68-454d-9eab-133144adda90	legalisasi_srk	SRK	R	t	LEGALISASI SURAT REFERENSI KERJA (SRK)	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Legalisasi surat referensi kerja (SRK)	t	10	menit	{"key": "legalisasi_srk", "code": "SRK", "ticket_prefix": "R", "bidang": "Hubungan Industrial", "description": "Legalisasi surat referensi kerja (SRK)", "is_public": true, "title": "LEGALISASI SURAT REFERENSI KERJA (SRK)", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat Refensi Kerja", "sub_items": []}, {"text": "Fotocopy KTP", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penerimaan Pengajuan Legalisasi Surat Referensi Kerja", "actor": "Petugas/Pegawai yang Ditunjuk"}, {"number": 2, "text": "Validasi Kelengkapan Surat Referensi Kerja", "actor": "Petugas/Pegawai yang Ditunjuk"}, {"number": 3, "text": "Penandatanganan Surat Referensi Kerja Salinan", "actor": "Kepala Dinas/Pejabat yang Ditunjuk"}, {"number": 4, "text": "Pemberian Nomor dan Tanggal Legalisasi serta Stempel Dinas", "actor": "Petugas/Pegawai yang Ditunjuk"}, {"number": 5, "text": "Penyerahan hasil legalisasi Surat Referensi Kerja", "actor": "Petugas/Pegawai yang Ditunjuk"}], "flow_actors": ["Pemohon", "Petugas/Pegawai yang Ditunjuk", "Kepala Dinas/Pejabat yang Ditunjuk"], "flow_edges": [{"source": "Pemohon", "target": "Petugas/Pegawai yang Ditunjuk", "label": ""}, {"source": "Petugas/Pegawai yang Ditunjuk", "target": "Kepala Dinas/Pejabat yang Ditunjuk", "label": ""}], "time_limit": {"value": 10, "unit": "menit", "text": "10 menit"}, "fee": "Gratis", "product": "Surat Refensi Kerja", "complaint_handling": "", "legal_basis": ["Undang-Undang Nomor 03 Tahun 1951 tentang Pernyataan berlakunya Undang-Undang Pengawasan Perburuhan Tahun 1948 Nomor 23 Dari Republik Indonesia Untuk Seluruh Indonesia", "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan", "Undang-undang No. 11 Tahun 2020 Tentang Cipta Kerja", "Undang-undang No. 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial", "Perbup Mojokerto No. 84 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kab. Mojokerto", "Peraturan BPJS Ketenagakerjaan No. 7 Tahun 2015"], "facilities": ["Komputer", "Dokumen", "Surat"], "competence": ["Pegawai Jabatan Fungsional/Pelaksana yang memahami tentang perundang-undangan pengawasan perburuhan"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 2, "staff_count_text": "2 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	ed48d65d8880823fb990504f9b9009521cca2359c5ab9f72e9e142a99b739126	20	2026-11-02 07:30:00	\N	\N	10
36950542-2ba9-417c-8ae9-aee06f0f4778	lks_bipartit	LKS	LB	t	PENCATATAN LEMBAGA KERJASAMA (LKS) BIPARTIT	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Pencatatan Lembaga Kerja Sama (LKS) Bipartit	t	7	hari	{"key": "lks_bipartit", "code": "LKS", "ticket_prefix": "LB", "bidang": "Hubungan Industrial", "description": "Pencatatan Lembaga Kerja Sama (LKS) Bipartit", "is_public": true, "title": "PENCATATAN LEMBAGA KERJASAMA (LKS) BIPARTIT", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Dokumen permohonan LKS Bipartit", "sub_items": []}, {"text": "Permohonan pencatatan sesuai dengan peraturan", "sub_items": []}, {"text": "Tanda bukti pencatatan LKS Bipartit", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penyerahan Permohonan Pencatatan LKS Bipartit", "actor": "Perusahaan"}, {"number": 2, "text": "Menerima Disposisi Permohonan Pencatatan LKS Bipartit", "actor": "Kepala Bidang"}, {"number": 3, "text": "Meneliti Kelengkapan Permohonan dan Isi Materi Pencatatan LKS Bipartit", "actor": "Jabatan Fungsional"}, {"number": 4, "text": "Dokumen LKS Bipartit memenuhi syarat, Membuat Surat Keputusan Pencatatan LKS Bipartit", "actor": "Pelaksana"}, {"number": 5, "text": "Pengesahan Surat Keputusan Pencatatan LKS Bipartit", "actor": "Kepala Dinas"}, {"number": 6, "text": "Penyerahan Tanda Bukti Surat Keputusan Pencatatan LKS Bipartit", "actor": "Pelaksana"}], "flow_actors": ["Perusahaan", "Kepala Dinas", "Kepala Bidang", "Jabatan Fungsional", "Pelaksana"], "flow_edges": [{"source": "Perusahaan", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "Jabatan Fungsional", "label": ""}, {"source": "Jabatan Fungsional", "target": "Pelaksana", "label": ""}, {"source": "Pelaksana", "target": "Perusahaan", "label": ""}], "time_limit": {"value": 7, "unit": "hari", "text": "7 hari"}, "fee": "Gratis", "product": "Surat Keputusan Pencatatan LKS Bipartit", "complaint_handling": "", "legal_basis": ["Undang-undang Nomor 13 Tahun 2003 Ketenagakerjaan sebagaimana yang diubah terakhir UU No. 6 Tahun 2023 tentang Penetapan peraturan Pemerintah Pengganti UU No. 2 Tahun tentang Cipta Kerja menjadi UU", "Permenakertrans RI No. PER.32/MEN/2008 tentang Tata Cara"], "facilities": ["Alat Registrasi", "Alat Tulis Kantor"], "competence": ["Kepala Bidang Hubungan Industrial", "Jabatan Fungsional Hubungan Industrial", "Pelaksana Bidang Hubungan Industrial"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}, {"field": "legal_basis", "note": "Teks sumber terpotong: butir 2 berakhir '... tentang Tata Cara'"}]}	2fcf09e6dbeb681a6fa88db129f4b7a425578c3097945c461a79018f4cb654bf	21	2026-11-02 07:30:00	\N	\N	10
5d84db11-a89c-4e55-a6d6-50ef962febe9	perselisihan_hi	PHI	H	t	PENYELESAIAN PERSELISIHAN HUBUNGAN INDUSTRIAL	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Penyelesaian perselisihan hubungan industrial (mediasi)	t	2	bulan	{"key": "perselisihan_hi", "code": "PHI", "ticket_prefix": "H", "bidang": "Hubungan Industrial", "description": "Penyelesaian perselisihan hubungan industrial (mediasi)", "is_public": true, "title": "PENYELESAIAN PERSELISIHAN HUBUNGAN INDUSTRIAL", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Dokumen Permohonan Penyelesaian PHI", "sub_items": []}, {"text": "Surat permohonan", "sub_items": []}, {"text": "Draft PB", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penyerahan berkas permohonan", "actor": "Pihak yang Berselisih"}, {"number": 2, "text": "Menerima disposisi", "actor": "Kepala Bidang"}, {"number": 3, "text": "Meneliti kelengkapan berkas", "actor": "Jabatan Fungsional"}, {"number": 4, "text": "Klarifikasi dan mediasi", "actor": "Jabatan Fungsional"}, {"number": 5, "text": "Para pihak menyetujui anjuran tertulis dan terjadi kesepakatan atau menolak dan tidak memberikan anjuran tertulis", "actor": "Pihak yang Berselisih"}], "flow_actors": ["Pihak yang Berselisih", "Kepala Dinas", "Kepala Bidang", "Jabatan Fungsional"], "flow_edges": [{"source": "Pihak yang Berselisih", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "Jabatan Fungsional", "label": ""}, {"source": "Jabatan Fungsional", "target": "Pihak yang Berselisih", "label": ""}], "time_limit": {"value": 2, "unit": "bulan", "text": "2 bulan"}, "fee": "Gratis", "product": "Perjanjian Bersama", "complaint_handling": "", "legal_basis": ["Undang-undang Nomor 13 Tahun 2003 Ketenagakerjaan sebagaimana yang diubah terakhir UU No. 6 Tahun 2023 tentang Penetapan peraturan Pemerintah Pengganti UU No. 2 Tahun tentang Cipta Kerja menjadi UU", "Undang-undang No. 2 Tahun 2004 tentang Tata Cara Penyelesaian Hubungan Industrial", "Permenakertrans RI No. PER.31/MEN/2008 tentang Pedoman Penyelesaian Perselisihan Hubungan Industrial secara Bipartit", "Permenakertrans RI No. 17 Tahun 2014 tentang Pengangkatan dan Pemberhentian Mediator Hubungan Industrial serta Tata Kerja Mediasi"], "facilities": ["Alat Registrasi", "Alat Tulis Kantor"], "competence": ["Kepala Bidang Hubungan Industrial", "Jabatan Fungsional Tertentu"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	5bf0f094125508b5946e61c996a7410cfec5c9e5abad79b06e2a2db7461cc947	22	2026-11-02 07:30:00	\N	\N	10
da6b0185-7841-4fe0-9996-042dcb15c46d	peraturan_perusahaan	PP	P	t	PENGESAHAN PERATURAN PERUSAHAAN	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Pengesahan peraturan perusahaan	t	12	hari	{"key": "peraturan_perusahaan", "code": "PP", "ticket_prefix": "P", "bidang": "Hubungan Industrial", "description": "Pengesahan peraturan perusahaan", "is_public": true, "title": "PENGESAHAN PERATURAN PERUSAHAAN", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat permohonan", "sub_items": []}, {"text": "Dokumen peraturan perusahaan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penyerahan Permohonan Pengesahan Peraturan Perusahaan", "actor": "Perusahaan"}, {"number": 2, "text": "Menerima Disposisi Permohonan Pengesahan Peraturan Perusahaan", "actor": "Kepala Bidang"}, {"number": 3, "text": "Meneliti Kelengkapan Permohonan dan Isi Materi Pengesahan Peraturan Perusahaan", "actor": "Jabatan Fungsional"}, {"number": 4, "text": "Dokumen Peraturan Perusahaan memenuhi syarat, Membuat Surat Keputusan Pengesahan Peraturan Perusahaan", "actor": "Pelaksana"}, {"number": 5, "text": "Pengesahan Surat Keputusan Peraturan Perusahaan", "actor": "Kepala Dinas"}, {"number": 6, "text": "Penyerahan Tanda Bukti Surat Keputusan Pengesahan Peraturan Perusahaan", "actor": "Pelaksana"}], "flow_actors": ["Perusahaan", "Kepala Dinas", "Kepala Bidang", "Jabatan Fungsional", "Pelaksana"], "flow_edges": [{"source": "Perusahaan", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "Jabatan Fungsional", "label": ""}, {"source": "Jabatan Fungsional", "target": "Pelaksana", "label": ""}, {"source": "Pelaksana", "target": "Perusahaan", "label": ""}], "time_limit": {"value": 12, "unit": "hari", "text": "12 hari."}, "fee": "Gratis", "product": "Surat Keputusan Pengesahan Perusahaan", "complaint_handling": "", "legal_basis": ["Undang-undang Nomor 13 Tahun 2003 Ketenagakerjaan sebagaimana yang diubah terakhir UU No. 6 Tahun 2023 tentang Penetapan peraturan Pemerintah Pengganti UU No. 2 Tahun tentang Cipta Kerja menjadi UU", "Permenaker RI Nomor 28 Tahun 2014 tentang tata cara pembuatan dan pengesahan peraturan perusahaan serta pembuatan dan pendaftaran Perjanjian Kerja Bersama"], "facilities": ["Alat Registrasi", "Alat Tulis Kantor"], "competence": ["Kepala Bidang Hubungan Industrial", "Jabatan Fungsional Hubungan Industrial", "Pelaksana Bidang Hubungan Industrial"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	28626f3f7320078cf2f3c8753fd3ece8f5c908a51c5709a7ff72f2f3da7a23b2	23	2026-11-02 07:30:00	\N	\N	10
ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	pkwt	PKWT	W	t	PENCATATAN PERJANJIAN KERJA WAKTU TERTENTU (PKWT)	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Pencatatan perjanjian kerja waktu tertentu (PKWT)	t	7	hari	{"key": "pkwt", "code": "PKWT", "ticket_prefix": "W", "bidang": "Hubungan Industrial", "description": "Pencatatan perjanjian kerja waktu tertentu (PKWT)", "is_public": true, "title": "PENCATATAN PERJANJIAN KERJA WAKTU TERTENTU (PKWT)", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat permohonan", "sub_items": []}, {"text": "Dokumen PKWT 1 berkas", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penyerahan Permohonan Pencatatan PKWT", "actor": "Perusahaan"}, {"number": 2, "text": "Menerima Disposisi Permohonan Pencatatan PKWT", "actor": "Kepala Bidang"}, {"number": 3, "text": "Meneliti Kelengkapan Permohonan dan Isi Materi Pencatatan PKWT", "actor": "Jabatan Fungsional"}, {"number": 4, "text": "Dokumen PKWT memenuhi syarat, Membuat Surat Keputusan Pencatatan PKWT", "actor": "Pelaksana Bidang"}, {"number": 5, "text": "Pengesahan Surat Keputusan PKWT", "actor": "Kepala Dinas"}, {"number": 6, "text": "Penyerahan Tanda Bukti Surat Keputusan Pencatatan PKWT", "actor": "Pelaksana Bidang"}], "flow_actors": ["Perusahaan", "Kepala Dinas", "Kepala Bidang", "Jabatan Fungsional", "Pelaksana Bidang"], "flow_edges": [{"source": "Perusahaan", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "Jabatan Fungsional", "label": ""}, {"source": "Jabatan Fungsional", "target": "Pelaksana Bidang", "label": ""}, {"source": "Pelaksana Bidang", "target": "Perusahaan", "label": ""}], "time_limit": {"value": 7, "unit": "hari", "text": "7 hari"}, "fee": "Gratis", "product": "Tanda Bukti Surat Keputusan Pencatatan PKWT", "complaint_handling": "", "legal_basis": ["Undang-undang Nomor 13 Tahun 2003 Ketenagakerjaan sebagaimana yang diubah terakhir UU No. 6 Tahun 2023 tentang Penetapan peraturan Pemerintah Pengganti UU No. 2 Tahun tentang Cipta Kerja menjadi UU", "PP No. 35 2021 tentang PKWT, Alih Daya, Waktu Kerja dan Waktu Istirahat dan PHK"], "facilities": ["Alat Registrasi", "Alat Tulis Kantor"], "competence": ["Kepala Bidang Hubungan Industrial", "Jabatan Fungsional Hubungan Industrial", "Pelaksana Bidang Hubungan Industrial"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}, {"field": "facilities", "note": "Penomoran sumber: 1, 1; semua butir disimpan berurutan"}]}	08caa42217a03c39c141d344399b7cbfbf5a480e2ab822e00d008e5338808a1c	24	2026-11-02 07:30:00	\N	\N	10
cf30fe2d-b40b-4bea-bfbe-538715326224	serikat_pekerja	SPSB	SB	t	PENCATATAN SERIKAT PEKERJA/SERIKAT BURUH	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Pencatatan serikat pekerja/serikat buruh	t	6	hari	{"key": "serikat_pekerja", "code": "SPSB", "ticket_prefix": "SB", "bidang": "Hubungan Industrial", "description": "Pencatatan serikat pekerja/serikat buruh", "is_public": true, "title": "PENCATATAN SERIKAT PEKERJA/SERIKAT BURUH", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat permohonan", "sub_items": []}, {"text": "Bukti pembentukan SP/SB", "sub_items": []}, {"text": "SK kepengurusan", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penyerahan Permohonan Pencatatan Serikat Pekerja/ Serikat Buruh", "actor": "SP/SB"}, {"number": 2, "text": "Menerima Disposisi Permohonan Pencatatan Serikat Pekerja/ Serikat Buruh", "actor": "Kepala Bdang"}, {"number": 3, "text": "Meneliti kelengkapan/ persyaratan Permohonan Pencatatan Serikat Pekerja/ Serikat Buruh", "actor": "Jabatan Fungsional"}, {"number": 4, "text": "Berkas Pencatatan memenuhi syarat, Membuat Tanda Bukti Pencatatan Serikat Pekerja/ Serikat Buruh", "actor": "Pelaksana"}, {"number": 5, "text": "Pengesahan Draft Tanda Bukti Pencatatan Serikat Pekerja/ Serikat Buruh", "actor": "Kepala Dinas"}, {"number": 6, "text": "Penyerahan Tanda Bukti Pencatatan Serikat Pekerja/ Serikat Buruh", "actor": "Pelaksana"}], "flow_actors": ["SP/SB", "Kepala Dinas", "Kepala Bdang", "Jabatan Fungsional", "Pelaksana"], "flow_edges": [{"source": "SP/SB", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kepala Bdang", "label": ""}, {"source": "Kepala Bdang", "target": "Jabatan Fungsional", "label": ""}, {"source": "Jabatan Fungsional", "target": "Pelaksana", "label": ""}, {"source": "Pelaksana", "target": "SP/SB", "label": ""}], "time_limit": {"value": 6, "unit": "hari", "text": "6 hari"}, "fee": "Gratis", "product": "Tanda Bukti Serikat Pekerja", "complaint_handling": "", "legal_basis": ["Undang-Undang Nomor 21 Tahun 2000 tentang Serikat Pekerja/Serikat Buruh", "Undang-undang Nomor 13 Tahun 2003 Ketenagakerjaan sebagaimana yang diubah terakhir UU No. 6 Tahun 2023 tentang Penetapan peraturan Pemerintah Pengganti UU No. 2 Tahun tentang Cipta Kerja menjadi UU", "Kepmenakertrans RI No. KEP.16/MEN/2001 tentang Tata Cara Pencatatan Serikat Pekerja/Serikat Buruh", "Permenakertrans RI Nomor PER.06/MEN/IV/2005 tentang Pedoman Verifikasi Keanggotaan Serikat Pekerja/Serikat Buruh"], "facilities": ["Alat Register", "Alat Tulis Kantor"], "competence": ["Kepala Bidang Hubungan Industrial", "Jabatan Fungsional Hubungan Industrial", "taff/Pelaksana Bidang Hubungan Industrial"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah di tetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	8be169e681efe6188e9d6fc91f97dd9368369a3f90b1334dd841057f100d2d0d	25	2026-11-02 07:30:00	\N	\N	10
6d77b552-238d-49f1-a909-ed087f67182c	pkb	PKB	KB	t	PENDAFTARAN PERJANJIAN KERJA BERSAMA	Dinas Tenaga Kerja Kabupaten Mojokerto	Hubungan Industrial	Pendaftaran perjanjian kerja bersama (PKB)	t	4	hari	{"key": "pkb", "code": "PKB", "ticket_prefix": "KB", "bidang": "Hubungan Industrial", "description": "Pendaftaran perjanjian kerja bersama (PKB)", "is_public": true, "title": "PENDAFTARAN PERJANJIAN KERJA BERSAMA", "office": "Dinas Tenaga Kerja Kabupaten Mojokerto", "source_file": "003_3ba2910ac62b1440.txt", "requirements": [{"variant": "", "label": "", "items": [{"text": "Surat Permohonan", "sub_items": []}, {"text": "Dokumen perjanjian kerja bersama", "sub_items": []}]}], "procedure": [{"number": 1, "text": "Penyerahan Permohonan Pendaftaran Perjanjian Kerja Bersama", "actor": "Perusahaan"}, {"number": 2, "text": "Menerima Disposisi Permohonan Pendaftaran Perjanjian Kerja Bersama", "actor": "Kepala Bidang"}, {"number": 3, "text": "Meneliti Kelengkapan Permohonan dan Isi Materi Pendaftaran Perjanjian Kerja Bersama", "actor": "Jabatan Fungsional"}, {"number": 4, "text": "Dokumen Perjanjian Kerja Bersama memenuhi syarat, Membuat Surat Keputusan Pendaftaran Perjanjian Kerja Bersama", "actor": "Pelaksana"}, {"number": 5, "text": "Pengesahan Surat Keputusan Pendaftaran Perjanjian Kerja Bersama", "actor": "Kepala Dinas"}, {"number": 6, "text": "Penyerahan Tanda Bukti Surat Keputusan Pendaftaran Perjanjian Kerja Bersama", "actor": "Pelaksana"}], "flow_actors": ["Perusahaan", "Kepala Dinas", "Kepala Bidang", "Jabatan Fungsional", "Pelaksana"], "flow_edges": [{"source": "Perusahaan", "target": "Kepala Dinas", "label": ""}, {"source": "Kepala Dinas", "target": "Kepala Bidang", "label": ""}, {"source": "Kepala Bidang", "target": "Jabatan Fungsional", "label": ""}, {"source": "Jabatan Fungsional", "target": "Pelaksana", "label": ""}, {"source": "Pelaksana", "target": "Perusahaan", "label": ""}], "time_limit": {"value": 4, "unit": "hari", "text": "4 Hari"}, "fee": "Gratis", "product": "Tanda bukti SK pendaftaran Kerja Bersama", "complaint_handling": "", "legal_basis": ["Undang-undang Nomor 13 Tahun 2003 Ketenagakerjaan sebagaimana yang diubah terakhir UU No. 6 Tahun 2023 tentang Penetapan peraturan Pemerintah Pengganti UU No. 2 Tahun tentang Cipta Kerja menjadi UU", "Permenaker RI Nomor 28 Tahun 2014 tentang tata cara pembuatan dan pengesahan peraturan perusahaan serta pembuatan dan pendaftaran Perjanjian Kerja Bersama"], "facilities": ["Alat Registrasi", "Alat Tulis Kantor", "Komputer"], "competence": ["Kepala Bidang Hubungan Industrial", "Jabatan Fungsional Hubungan Industrial", "Pelaksana Bidang Hubungan Industrial"], "internal_supervision": "Dilakukan rapat dan evaluasi dalam rangka pengendalian mutu pelayanan", "staff_count": 3, "staff_count_text": "3 Orang Pelaksana", "guarantee": "Kami menjamin pelayanan kami cepat, akuntabel, transparan dan sesuai kebutuhan pengguna layanan terhadap produk pelayanan yang telah ditetapkan", "security_guarantee": "Kami menjamin keamanan dan keselamatan sesuai dengan kebutuhan dasar pengguna layanan, terhadap produk layanan yang telah ditetapkan", "evaluation": "Evaluasi penerapan standar pelayanan ini dilakukan minimal satu kali dalam satu tahun. Selanjutnya dilakukan tindakan perbaikan untuk meningkatkan kinerja layanan", "signatory": "KEPALA DINAS TENAGA KERJA\\nKABUPATEN MOJOKERTO\\nM. TAUFIQURROHMAN, S.STP.,MM", "other_components": [], "source_marks": [{"field": "complaint_handling", "note": "Kosong pada sumber"}]}	255a27353e8934838dfa800ff2d41850cfec1484103624fe6e2eaf203b4107cd	26	2026-11-02 07:30:00	\N	\N	10
0c48f88c-d401-4c66-9168-1dbfcf86df8c	oss_pelatihan_kerja	OSSLPK	O	t	Perizinan Online Single Submision (OSS) Sektor Ketenagakerjaan Tingkat Risiko Menengah Tinggi	Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Mojokerto	Pelatihan dan Produktivitas	Perizinan berusaha OSS lembaga pelatihan kerja swasta (NIB)	t	5	hari	{"key": "oss_pelatihan_kerja", "code": "OSSLPK", "ticket_prefix": "O", "bidang": "Pelatihan dan Produktivitas", "description": "Perizinan berusaha OSS lembaga pelatihan kerja swasta (NIB)", "is_public": true, "title": "Perizinan Online Single Submision (OSS) Sektor Ketenagakerjaan Tingkat Risiko Menengah Tinggi", "office": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Mojokerto", "source_file": "000_1c5a97be1d56bcbf.txt", "requirements": [{"variant": "perorangan", "label": "Perusahaan Perorangan", "items": [{"text": "Memiliki Akun OSS", "sub_items": []}, {"text": "Kartu Tanda Penduduk (KTP) Pemilik Usaha", "sub_items": []}, {"text": "Nomor Pokok Wajib Pajak (NPWP) Pemilik Usaha", "sub_items": []}, {"text": "Memiliki alamat email dan nomor Whatsapp yang aktif", "sub_items": []}, {"text": "Data Usaha yang terdiri dari:", "sub_items": ["Nilai modal usaha;", "Luas lahan usaha;", "Jumlah tenaga kerja;", "Lokasi usaha;", "Pendampatan per tahun."]}]}, {"variant": "badan_hukum", "label": "Perusahaan Berbentuk Badan Hukum", "items": [{"text": "Memiliki Akun OSS", "sub_items": []}, {"text": "Kartu Tanda Penduduk (KTP) Pemilik Usaha", "sub_items": []}, {"text": "Nomor Pokok Wajib Pajak (NPWP) Pemilik Usaha", "sub_items": []}, {"text": "Nomor Pokok Wajib Pajak (NPWP) Badan Usaha", "sub_items": []}, {"text": "Memiliki alamat email dan nomor Whatsapp yang aktif", "sub_items": []}, {"text": "Akta Pendirian Perusahaan", "sub_items": []}, {"text": "SK Pengesahan dari Kemenkumham terbaru (Administrasi Hukum Umum/AHU)", "sub_items": []}, {"text": "Data Usaha yang terdiri dari:", "sub_items": ["Nilai modal usaha;", "Luas lahan usaha;", "Jumlah tenaga kerja;", "Lokasi usaha;", "Pendampatan per tahun;", "Modal kerja per 3 bulan;", "Biaya pembeliaan peralatan;", "Nilai tanah dan bangunan."]}]}], "procedure": [], "flow_actors": [], "flow_edges": [], "time_limit": {"value": 5, "unit": "hari", "text": "5 (lima) hari"}, "fee": "Tidak dikenakan biaya (Gratis)", "product": "Nomor Induk Berusaha (NIB) dan Sertifikat Standar", "complaint_handling": "Melalui :\\n1. Petugas Pengaduan : Customer Service\\n2. Telepon : 0321-382016\\n3. Whatsapp Gateway :\\na. Aduan : Ketik aduan spasi isi/materi aduan kirim ke nomor 082139857587\\nb. Saran/Masukan : Ketik info saran isi/materi informasi kirim ke nomor 082139857587\\n4. Tracking Proses :\\nLogin ke https://oss.go.id dengan akun OSS RBA:\\na. Pilih nama pelaku/badan usaha di pojok kanan atas;\\nb. Masuk menu Pelacakan;\\nc. Pilih submenu Perizinan Berusaha;\\nd. Klik Lacak Status Permohonan.\\n5. Aplikasi Damarmojo : https://damarmojo.lapor.go.id\\n6. Aplikasi SP4N LAPOR : https://www.lapor.go.id/\\n7. Email : dpmptsppengaduankabmojokerto@gmail.com\\n8. Kotak Pengaduan, Saran dan Masukan.\\n9. Ruang Pengaduan dan Konsultasi", "legal_basis": ["Peraturan Pemerintah Republik Indonesia Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko Lampiran I dan Lampiran II Sektor Ketenagakerjaan.", "Peraturan Menteri Ketenagakerjaan Nomor 6 Tahun 2021 tentang Standar Kegiatan Usaha Bidang Ketenagakerjaan."], "facilities": ["KiosK Antrian (Anjungan Antrian);", "Banner Antrian (TV Antrian);", "Aplikasi OSS;", "Aplikasi Antrian;", "Ruang Pelayanan lantai 2;", "Kamera CCTV;", "KiosK Informasi;", "Internet 100mbps;", "Jaringan LAN;", "Personal Computer;", "Printer;", "Meja Kursi Layanan;", "Meja Kursi Pengunjung;", "Acrilic Pembatas Layanan;", "Telepon;", "Ruang Pengaduan dan Konsultasi;", "Ruang Arsip;", "Pojok Baca;", "Ruang Laktasi;", "Ruang Bermain Anak;", "Toilet;", "Termo Gun;", "Ruang Keamanan;", "Tempat Parkir Kendaraan Roda 2 dan 4;", "Fasilitas Difabel;", "Alat Ukur Infrared."], "competence": ["Jenjang pendidikan: a. minimal Diploma 3, semua jurusan (Front Office) b. minimal Diploma 3, semua jurusan (Customer Service) c. minimal Diploma 3, semua jurusan (Pendampingan dan Konsultasi)", "Menguasai pelayanan Perizinan Online Single Submision (OSS).", "Jabatan: a. Pengolah Data dan Informasi, b. Pranata Komputer Mahir."], "internal_supervision": "1. Kegiatan Audit oleh Inspektorat\\n2. Kegiatan Tinjauan Manajemen\\n3. Kegiatan Audit Mutu Internal ISO 9001:2015", "staff_count": 7, "staff_count_text": "1. 3 (tiga) orang PNS/PPK/THL(Front Office);\\n2. 1 (satu) orang PNS (Back Office);\\n3. 3 (tiga) orang PNS (Verifikator).", "guarantee": "1. Kode Etik (Mekanisme aturan yang harus ditaati oleh pelaksana, yang meliputi Hak dan kewajiban; larangan KKN; larangan diskriminasi; sanksi; penghargaan.\\n2. Maklumat Pelayanan (Pernyataan tertulis yang berisi keseluruhan rincian kewajiban dan janji yang terdapat dalam Standar Pelayanan).\\n3. Pakta Integritas (Pernyataan atau janji kepada diri sendiri tentang komitmen melaksanakan seluruh tugas, fungsi, tanggung jawab, wewenang dan peran sesuai dengan peraturan perundang-undangan dan kesanggupan untuk tidak melakukan korupsi, kolusi, dan nepotisme).", "security_guarantee": "1. Tersimpannya dokumen di data base\\n2. Terbackupnya dokumen pada Aplikasi\\n3. Apar (alat pemadam kebakaran)\\n4. Petugas Keamanan;\\n5. CCTV;\\n6. Jalur evakuasi;\\n7. Pengelolaan parkir yang baik.", "evaluation": "1. E-Kinerja : Salah satu Indikator untuk mengukur Kinerja Pelaksana Layanan.\\n2. Evaluasi Kinerja 360 Derajat : Salah satu Indikator untuk mengukur Kinerja Atasan dan/atau Bawahan dari Pelaksana Layanan\\n3. Dilakukan penilaian Survey Kepuasan Masyarakat (SKM) 1 kali dalam 1 tahun.", "signatory": "", "other_components": [{"label": "Lampiran Nomor", "text": "188/25/416-115/2023"}, {"label": "Nomor", "text": "07"}, {"label": "Revisi ke", "text": "00"}, {"label": "Nama Unit Pelayanan", "text": "Bidang Pelayanan Perizinan"}, {"label": "Jenis Pelayanan", "text": "Perizinan Online Single Submision (OSS) Sektor Ketenagakerjaan\\nTingkat Risiko Menengah Tinggi"}, {"label": "Jenis Perizinan dan KBLI", "text": "NO. | JENIS PERIZINAN | KBLI\\n1. Pelatihan Kerja Teknik Swasta | 78421 - Pelatihan Kerja Teknik Swasta\\n2. Pelatihan Kerja Teknologi Informasi dan Komunikasi Swasta | 78422 - Pelatihan Kerja Teknologi Informasi dan Komunikasi Swasta\\n3. Pelatihan Kerja Industri Kreatif Swasta | 78423 - Pelatihan Kerja Industri Kreatif Swasta\\n4. Pelatihan Kerja Pariwisata dan Perhotelan Swasta | 78424 - Pelatihan Kerja Pariwisata dan Perhotelan Swasta\\n5. Pelatihan Kerja Bisnis dan Manajemen Swasta | 78425 - Pelatihan Kerja Bisnis dan Manajemen Swasta\\n6. Pelatihan Kerja Pekerjaan Domestik Swasta | 78426 - Pelatihan Kerja Pekerjaan Domestik Swasta\\n7. Pelatihan Kerja Pertanian dan Perikanan Swasta | 78427 - Pelatihan Kerja Pertanian dan Perikanan Swasta\\n8. Pelatihan Kerja Swasta Lainnya | 78429 - Pelatihan Kerja Swasta Lainnya"}, {"label": "Tracking Proses", "text": "Login ke https://oss.go.id dengan akun OSS RBA:\\na. Pilih nama pelaku/badan usaha di pojok kanan atas;\\nb. Masuk menu Pelacakan;\\nc. Pilih submenu Perizinan Berusaha;\\nd. Klik Lacak Status Permohonan."}], "source_marks": [{"field": "procedure", "note": "Kosong pada sumber ('Sistem, Mekanisme dan Prosedur' tanpa isi)"}, {"field": "flow", "note": "Tidak ada bagan alur pada sumber"}, {"field": "signatory", "note": "Tidak ada blok tanda tangan pada sumber"}, {"field": "staff_count", "note": "Sumber merinci 3 + 1 + 3 orang; staff_count = jumlahnya (7), teks asli di staff_count_text"}]}	6a62f2b0cdae15c928c64e5181a55f220c6d6050e4a0dcc6a3b110b7addf7498	27	2026-11-02 07:30:00	\N	\N	10
\.


--
-- Data for Name: service_requirement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_requirement (id, service_id, variant, variant_label, "position", text, sub_items, active) FROM stdin;
28cf2b76-a414-4c40-a154-2a9f608eebcb	f7fd8b2d-fc26-45b7-90fb-8b8d91076163			1	Fotocopy KTP/KK	[]	t
c3275a32-0b71-401c-aa25-b5771f22e0b0	f7fd8b2d-fc26-45b7-90fb-8b8d91076163			2	Foto berwarna ukuran 2 x 3 sebanyak 1 lembar	[]	t
c51ada16-33f4-4d50-a654-5b32d6c2640d	f7fd8b2d-fc26-45b7-90fb-8b8d91076163			3	Fotocopy ijazah pendidikan awal-akhir	[]	t
8413b8c0-fed5-4f41-a7bf-623fefbca812	f7fd8b2d-fc26-45b7-90fb-8b8d91076163			4	Fotocopy sertifikat kompetensi bagi yang memiliki	[]	t
3159a551-fa2f-47ed-b785-4ad69ded95ec	f7fd8b2d-fc26-45b7-90fb-8b8d91076163			5	Fotocopy surat pengalaman kerja bagi yang memiliki	[]	t
86bd7b88-12dd-436e-a3ec-be1fe018377f	1a6cd083-1619-44fa-a224-edf60e20a254			1	Surat Permohonan	[]	t
fa3080ed-8ae2-4e40-af72-8f7cc5d24472	1a6cd083-1619-44fa-a224-edf60e20a254			2	Fotocopy surat ijin pendirian/surat ijin operasional satuan pendidikan	[]	t
74c0f638-051d-4ed7-80f8-db49fda5cb4f	1a6cd083-1619-44fa-a224-edf60e20a254			3	Fotocopy keputusan pembentukan BKK	[]	t
8b829198-9138-4195-af1d-85cd5bfdb197	1a6cd083-1619-44fa-a224-edf60e20a254			4	Struktur organisasi BKK	[]	t
a101eb88-d8a8-4a34-ae01-192c11dd7c61	1a6cd083-1619-44fa-a224-edf60e20a254			5	Rencana penempatan tenaga kerja min satu tahun kedepan	[]	t
d51b9123-527f-401c-857a-182fb8e6d66d	ee605a11-2881-47ab-a789-d47591ae8f2e			1	Surat permohonan rekom paspor/ID CPMI	[]	t
e305e96b-b511-4ffb-ba8f-bfe11e8dbdf0	ee605a11-2881-47ab-a789-d47591ae8f2e			2	Fotocopy KK dan KTP	[]	t
29a98592-7dfa-4e3b-af72-a11005e7a20d	ee605a11-2881-47ab-a789-d47591ae8f2e			3	Fotocopy Akta	[]	t
59202faa-b71e-4813-ac4f-c66cf831bba5	ee605a11-2881-47ab-a789-d47591ae8f2e			4	Fotocopy Ijazah Terakhir	[]	t
eba9b1fa-d220-41c8-8726-4e0557c5896e	ee605a11-2881-47ab-a789-d47591ae8f2e			5	Surat Keterangan Sehat	[]	t
165d7c65-67a3-472e-a322-06956f566566	ee605a11-2881-47ab-a789-d47591ae8f2e			6	Surat izin orang tua/wali dan diketahui oleh kepala desa	[]	t
e757bf59-6b3f-4720-b11f-43ca3ac5a352	ee605a11-2881-47ab-a789-d47591ae8f2e			7	Fotocopy AK/1	[]	t
44942386-00e8-477f-83d4-ccc545d493dd	ee605a11-2881-47ab-a789-d47591ae8f2e			8	Surat nikah	[]	t
4326b594-29bd-47fd-97ef-d3364cf7867b	ee605a11-2881-47ab-a789-d47591ae8f2e			9	Fotocopy kontrak kerja	[]	t
f9c1196a-4328-45a1-8c40-78e9817f1499	f8d2b55a-b94c-495b-beda-b37309815b6e			1	Surat permohonan	[]	t
13a844bd-1006-472f-a30a-406c66844bdb	f8d2b55a-b94c-495b-beda-b37309815b6e			2	Buku Kendali surat	[]	t
c4b3dbea-d2bb-4779-843e-0b4990915baa	f8d2b55a-b94c-495b-beda-b37309815b6e			3	Lembar disposis	[]	t
b67ea840-c78f-491d-ad37-a10fe09611fc	15215218-0636-4e4b-b9cc-843db055a521			1	Form data	[]	t
51c5f7c6-9010-4ec0-818a-7a95f01d21c5	15215218-0636-4e4b-b9cc-843db055a521			2	Tanda terima permintaan data	[]	t
c67ab7ed-826d-4944-ae39-90c8ae803843	19036534-7fd2-46bc-96b1-92d9a4661f3f			1	Surat pengantar dinas	[]	t
3377b624-3526-4178-b202-02964fa1798b	19036534-7fd2-46bc-96b1-92d9a4661f3f			2	DUK	[]	t
b05caa72-95ce-47ee-ae13-16c3ffb78bcb	19036534-7fd2-46bc-96b1-92d9a4661f3f			3	SK CPNS	[]	t
ccb5c00b-847c-4562-b5f5-8009676e46e2	19036534-7fd2-46bc-96b1-92d9a4661f3f			4	SK PNS	[]	t
a3c6279d-b08d-47bb-9f88-c02e46899d16	19036534-7fd2-46bc-96b1-92d9a4661f3f			5	SK jabatan lama dan baru	[]	t
c28d6d9d-4d4d-4c27-8fb1-c800e113e826	19036534-7fd2-46bc-96b1-92d9a4661f3f			6	KTP	[]	t
26ed79fa-d38c-47aa-88af-b0361be11c78	19036534-7fd2-46bc-96b1-92d9a4661f3f			7	Pasfoto	[]	t
3a367fb0-d52c-4ec9-9495-b7efa2e3f144	19036534-7fd2-46bc-96b1-92d9a4661f3f			8	Akte anak	[]	t
33284810-a924-4f9c-a91f-e68fb8024c4c	19036534-7fd2-46bc-96b1-92d9a4661f3f			9	Surat nikah	[]	t
0edfec8b-2e11-48a2-b792-c498191ddc12	19036534-7fd2-46bc-96b1-92d9a4661f3f			10	Daftar riwayat pekerjaan	[]	t
a0ba72b8-bf22-4db4-b01d-a568f26514b3	19036534-7fd2-46bc-96b1-92d9a4661f3f			11	KGB Terakhir	[]	t
7694df26-5d74-4d1e-8d77-bbc258a6f4bc	19036534-7fd2-46bc-96b1-92d9a4661f3f			12	Surat tidak pernah dijatuhi hukuman disiplin	[]	t
f6f7c801-5367-40df-9c9a-0063d62b6056	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff			1	SK CPNS	[]	t
b74f3fb0-c25e-4857-9ff4-6c55f76a250e	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff			2	SK PNS	[]	t
f41cb61a-5a47-4276-a500-aa3673344512	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff			3	SK pangkat terakhir	[]	t
71e55f2d-b5e8-451c-bff4-64aa494b526a	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff			4	SK jabatan baru dan lama	[]	t
664433e6-6640-4087-b712-5b0b91b59b30	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff			5	SK pencantuman gelar	[]	t
9d618aad-687b-4db1-8961-e4842ddc3ebc	2150684b-6da4-4d69-9dcc-22d9a139b39c			1	RKA	[]	t
2399f368-54eb-4d6d-a8bc-ce3cdab76c0d	2150684b-6da4-4d69-9dcc-22d9a139b39c			2	RENSTRA	[]	t
b69ced11-817f-46f3-be51-8c32a2259b53	3c50e2db-a6cf-4206-b208-76bb8218e7b4			1	SPT	[]	t
e162176b-5811-4675-b64f-8108af36b5a6	90fa7587-7160-43ac-b8b5-83a0a912e2e0			1	Alat kebersihan	[]	t
0835e6c5-240e-4b84-a8b3-01a6968466f2	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e			1	Dokumen SPJ lengkap	[]	t
c8e1fb24-ff2a-4d2c-87b6-9c07158379ce	373027a4-9dff-4c5b-a84b-76f52bbab297			1	DPA	[]	t
6a254465-910b-4f99-9185-6c2e340fe632	373027a4-9dff-4c5b-a84b-76f52bbab297			2	SPK	[]	t
3a2fb46a-299e-49c2-ab71-897f89ca515a	373027a4-9dff-4c5b-a84b-76f52bbab297			3	Laporan pemeliharaan	[]	t
a7d5cbbf-c563-4a85-8000-9100efc769b3	70080890-3fa7-48c4-85ff-e9e7df952834			1	SPJ	[]	t
72a15c87-d8fc-4ede-9dc0-aa0a6edf6fc4	70080890-3fa7-48c4-85ff-e9e7df952834			2	NPD	[]	t
20dc468f-7fbe-450a-8a5e-f90dd58407ca	70080890-3fa7-48c4-85ff-e9e7df952834			3	Nota dinas	[]	t
6aa1bfe4-b58e-44ce-99ee-e619a353195f	70080890-3fa7-48c4-85ff-e9e7df952834			4	Kwitansi	[]	t
3dd0e6c5-57c7-4a73-a6a5-926cf68cb981	70080890-3fa7-48c4-85ff-e9e7df952834			5	Surat keputusan BPKA	[]	t
04c85737-1a88-40a7-b9f6-9116631c9103	70080890-3fa7-48c4-85ff-e9e7df952834			6	Buku register	[]	t
49928d10-6675-431d-b9fa-4804c3ce05ef	70080890-3fa7-48c4-85ff-e9e7df952834			7	Dokumen Pengawasan Definitif Anggaran	[]	t
bb45ab50-71bb-4afb-9c53-503588046316	70080890-3fa7-48c4-85ff-e9e7df952834			8	Kartu Kendali	[]	t
a05b5ff3-3603-4893-aacd-4b7ace2ef5d0	af6812d7-539b-4b89-afc3-74bea9401504			1	Perjanjian Kinerja	[]	t
a9fe8d1b-51f4-4d53-bbb3-a98682ccbf50	af6812d7-539b-4b89-afc3-74bea9401504			2	Renstra	[]	t
872d9b8c-8b0e-4f97-b708-e614af205186	af6812d7-539b-4b89-afc3-74bea9401504			3	Renja	[]	t
d436f38b-f9ba-4f66-b930-b1788f3a41d2	af6812d7-539b-4b89-afc3-74bea9401504			4	LKjIP	[]	t
7a241af3-eeba-4c06-b3d9-35b3bedd4547	67da5aa5-90c3-4d99-8756-85d51c1d0246			1	Dokumen DPA	[]	t
a61cce10-15df-453a-816c-b35e34802980	67da5aa5-90c3-4d99-8756-85d51c1d0246			2	SPK	[]	t
f2d13b7c-046c-4350-84fc-d29aa37f6244	67da5aa5-90c3-4d99-8756-85d51c1d0246			3	Laporan pemeliharaan	[]	t
b4728e23-70d4-465b-8db4-a9601f1cf326	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5			1	Surat permohonan pengesahan perjanjian pemagangan	[]	t
61aa5894-ee5b-4a8e-8c91-71adca6945ee	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5			2	Perjanjian magang perorang	[]	t
7ab8a2c9-e4bc-43d0-8299-4faa8d68bca2	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5			3	Silabus pelatihan	[]	t
daa10207-2e58-457e-ac94-c6c83ea8185c	129cae48-77f2-4ed2-a9a8-5aa5076f1152			1	Dokumen Laporan Kecelakaan Kerja	[]	t
23cef783-6501-4528-92c7-bf5301b33f84	129cae48-77f2-4ed2-a9a8-5aa5076f1152			2	Fotocopy KTP	[]	t
7dd6ed8e-5d4b-4fd4-a6af-536be92c39e7	90a1894b-1d68-454d-9eab-133144adda90			1	Surat Refensi Kerja	[]	t
cf9705f6-d647-4c5d-b54c-9f6504ef63a5	90a1894b-1d68-454d-9eab-133144adda90			2	Fotocopy KTP	[]	t
91b0aae9-ee60-4820-9909-c5cac9fc8667	36950542-2ba9-417c-8ae9-aee06f0f4778			1	Dokumen permohonan LKS Bipartit	[]	t
d1cfaaf7-3d57-42e0-bc48-a2115d42b5d2	36950542-2ba9-417c-8ae9-aee06f0f4778			2	Permohonan pencatatan sesuai dengan peraturan	[]	t
a349777e-bb7c-4b5f-bba0-4768770a9986	36950542-2ba9-417c-8ae9-aee06f0f4778			3	Tanda bukti pencatatan LKS Bipartit	[]	t
26849157-65b3-4e19-83c6-9dcc5cc3271c	5d84db11-a89c-4e55-a6d6-50ef962febe9			1	Dokumen Permohonan Penyelesaian PHI	[]	t
11852106-f1f4-45ff-80e9-888f8b5311b7	5d84db11-a89c-4e55-a6d6-50ef962febe9			2	Surat permohonan	[]	t
2c7cb985-c9bd-4298-b154-9a56985b4472	5d84db11-a89c-4e55-a6d6-50ef962febe9			3	Draft PB	[]	t
498047a7-07a2-4c35-9fff-753b0b62cbc3	da6b0185-7841-4fe0-9996-042dcb15c46d			1	Surat permohonan	[]	t
86dd2212-f43d-42c0-bfd9-c9c47a6d115d	da6b0185-7841-4fe0-9996-042dcb15c46d			2	Dokumen peraturan perusahaan	[]	t
fac951f7-8024-455a-b5a9-0be6a6f7e7ef	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7			1	Surat permohonan	[]	t
59d4b166-653a-41eb-82b4-158de124eea8	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7			2	Dokumen PKWT 1 berkas	[]	t
b95b24ea-c564-4915-9b9d-8d39288972c2	cf30fe2d-b40b-4bea-bfbe-538715326224			1	Surat permohonan	[]	t
1110aad6-9c37-4582-8b97-5913cf716191	cf30fe2d-b40b-4bea-bfbe-538715326224			2	Bukti pembentukan SP/SB	[]	t
77d56c32-3442-4909-aecd-075822e3f98c	cf30fe2d-b40b-4bea-bfbe-538715326224			3	SK kepengurusan	[]	t
8f16e1ca-9016-43fa-88ff-6ec600550cba	6d77b552-238d-49f1-a909-ed087f67182c			1	Surat Permohonan	[]	t
b3ba24b4-a1b6-4a15-aca1-0058aa2cbc8e	6d77b552-238d-49f1-a909-ed087f67182c			2	Dokumen perjanjian kerja bersama	[]	t
4183b0c4-8bdc-478b-8f20-26006e5b9364	0c48f88c-d401-4c66-9168-1dbfcf86df8c	perorangan	Perusahaan Perorangan	1	Memiliki Akun OSS	[]	t
615f37e8-ff2a-40d5-81c3-101fe1328dc2	0c48f88c-d401-4c66-9168-1dbfcf86df8c	perorangan	Perusahaan Perorangan	2	Kartu Tanda Penduduk (KTP) Pemilik Usaha	[]	t
c55da4eb-f01d-4f7e-a56e-68a20137c798	0c48f88c-d401-4c66-9168-1dbfcf86df8c	perorangan	Perusahaan Perorangan	3	Nomor Pokok Wajib Pajak (NPWP) Pemilik Usaha	[]	t
a4495347-f0cb-4601-9e5e-b293c18c8080	0c48f88c-d401-4c66-9168-1dbfcf86df8c	perorangan	Perusahaan Perorangan	4	Memiliki alamat email dan nomor Whatsapp yang aktif	[]	t
1a7da78a-8d67-4aee-8b14-ba8c439aac83	0c48f88c-d401-4c66-9168-1dbfcf86df8c	perorangan	Perusahaan Perorangan	5	Data Usaha yang terdiri dari:	["Nilai modal usaha;", "Luas lahan usaha;", "Jumlah tenaga kerja;", "Lokasi usaha;", "Pendampatan per tahun."]	t
e1bf5cae-6239-47d2-b7b8-d7e286536365	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	1	Memiliki Akun OSS	[]	t
4d18f73f-8e8e-40c1-b151-ee556d446a77	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	2	Kartu Tanda Penduduk (KTP) Pemilik Usaha	[]	t
38ead251-3370-42a9-b9da-6a29f451db87	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	3	Nomor Pokok Wajib Pajak (NPWP) Pemilik Usaha	[]	t
3016be2d-d102-402a-9b7d-213ccd92893f	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	4	Nomor Pokok Wajib Pajak (NPWP) Badan Usaha	[]	t
b7e72df5-c3e0-443e-a1da-11b8d5ece55c	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	5	Memiliki alamat email dan nomor Whatsapp yang aktif	[]	t
f8d4a756-155e-472d-82fd-18a2978dfa46	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	6	Akta Pendirian Perusahaan	[]	t
731b006a-3c88-4d30-a935-86f42a9d0df3	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	7	SK Pengesahan dari Kemenkumham terbaru (Administrasi Hukum Umum/AHU)	[]	t
96dace58-2dd2-4297-8c17-97b2001509f8	0c48f88c-d401-4c66-9168-1dbfcf86df8c	badan_hukum	Perusahaan Berbentuk Badan Hukum	8	Data Usaha yang terdiri dari:	["Nilai modal usaha;", "Luas lahan usaha;", "Jumlah tenaga kerja;", "Lokasi usaha;", "Pendampatan per tahun;", "Modal kerja per 3 bulan;", "Biaya pembeliaan peralatan;", "Nilai tanah dan bangunan."]	t
\.


--
-- Data for Name: service_step; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_step (id, service_id, "position", text, actor, active) FROM stdin;
fd43915c-e629-4113-b404-2f33cbb3220a	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	1	Pencari kerja mendaftar ke meja pelayanan AK/1 dengan membawa berkas persyaratan kartu AK/1	Pencari kerja	t
8f2ac5c5-b41c-402a-afab-055b99334c58	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	2	Pengantar kerja memeriksa berkas pencari kerja	Pengantar kerja	t
714732c5-cc82-4a22-90a5-5ad1684fd7c8	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	3	Melakukan wawancara dan menginput data pencaker	Pengantar kerja	t
3302aa36-cd43-4b62-92ee-71b397a97a7a	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	4	Mencetak Kartu dan menandatangani kart AK/1	Pengantar kerja	t
80469b10-ff3d-4163-abe4-9f8d8bdb3938	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	5	Menyerahkan AK/1 ke pencaker	Pengantar kerja	t
f9567537-99b2-4b8a-8327-7237b894fe70	1a6cd083-1619-44fa-a224-edf60e20a254	1	Pemohon menyampaikan surat permohonan rekomendasi, kemudian staff pengelola surat mencatat pada buku agenda	Pemohon	t
ad92bd21-3930-4256-a9c6-2e3d1e90e82b	1a6cd083-1619-44fa-a224-edf60e20a254	2	Kepala dinas membuat disposisi kepada Kepala Bidang Penta untuk diserahkan kepada Kasi Penta	Kepala Dinas	t
98aa1414-cad6-4bfa-aacd-56738099d51b	1a6cd083-1619-44fa-a224-edf60e20a254	3	Memeriksa kelengkapan berkas persyaratan BKK jika sudah lengkap akan dilakukan pembuatan draft tanda daftar BKK	Pengantar Kerja	t
903d7db5-e28e-41b2-8b3b-2156195b8e47	1a6cd083-1619-44fa-a224-edf60e20a254	4	Mengajukan persetujuan kepada Kepala Dinas untuk permintaan tanda tangan	Pengantar Kerja	t
ca322466-6fb2-48b7-885f-1272858e644b	1a6cd083-1619-44fa-a224-edf60e20a254	5	Mencatat di buku register BKK	Pengantar Kerja	t
a2b96c4b-a505-449b-8953-4a7c1fd41bb8	1a6cd083-1619-44fa-a224-edf60e20a254	6	Menyerahkan tanda daftar kepada pemohon.	Pengantar Kerja	t
c44daf96-25cf-4ac4-915a-a8c7b734aa7e	ee605a11-2881-47ab-a789-d47591ae8f2e	1	Pemohon menyampaikan beras permohonan rekomendasi paspor kemudian staff pengelola surat mencatat pada buku agenda	Pemohon	t
7f7237cb-755d-4cfb-81ae-a0a5ef449f04	ee605a11-2881-47ab-a789-d47591ae8f2e	2	Kepala dinas membuat disposisi kepada Kepala Bidang Penta untuk diserahkan kepada Pengantar Kerja	Kepala Dinas	t
1024ca7a-7f52-458c-a320-c17580a31387	ee605a11-2881-47ab-a789-d47591ae8f2e	3	Memeriksa kelengkapan berkas dan melakukan wawancara dengan CPMI	Pengantar Kerja	t
1a856c79-1787-422c-b491-1c17c448a802	ee605a11-2881-47ab-a789-d47591ae8f2e	4	Melakukan verifikasi pengajuan CPMI ke system SIAPkerja	Pengantar Kerja	t
39411498-d5fd-4904-a398-563a9bb0bcc8	ee605a11-2881-47ab-a789-d47591ae8f2e	5	Mencetak surat rekomendasi dengan melengkapi penomoran dokumen	Pengantar Kerja	t
cb540a78-55a9-4fb5-ad2e-999d2ea40d9c	ee605a11-2881-47ab-a789-d47591ae8f2e	6	Verifikasi dokumen sebelum di serahkan kepada CPMI	Pengantar Kerja	t
0bd3bc0a-61b5-41e0-b10e-a398b8a6e75e	290e2978-2f8a-480a-b4ed-9694c5441427	1	Pemohon menyerahkan berkas permohonan ijin LPKS	Pemohon	t
21639918-ae3a-4997-9501-69da5f3c32e1	290e2978-2f8a-480a-b4ed-9694c5441427	2	Kasubag menerima dan memeriksa surat masuk dan memberikan kepada kepala dinas	Kasubag	t
6a37d4b8-bb28-4af5-8b19-02d24b6d3632	290e2978-2f8a-480a-b4ed-9694c5441427	3	Kepala dinas membuat disposisi kepada sekretaris	KepalaDinas	t
9cef1b5c-7867-404b-8902-65868778ad12	290e2978-2f8a-480a-b4ed-9694c5441427	4	Sekretaris membuat disposisi kepada Kepala Bidang Pelatihan	SekretarisDinas	t
b33961a8-5967-43d9-aef5-cfe0a8297a76	290e2978-2f8a-480a-b4ed-9694c5441427	5	Kepala Bidang Pelatihan memberikan disposisi kepada JF Analis Kebijakan, kemudian JF memeriksa berkas, setelah berkas lengkap, JF menyerahkan ke petugas untuk dibuatkan rekomendasi	KepalaBidang	t
8cee1dfe-d0c7-4f4f-aec8-8d71e6649d43	290e2978-2f8a-480a-b4ed-9694c5441427	6	Petugas kembali menyerahkan kepada JF untuk dilaporkan kepada Kepala Bidang dan Kepala Dinas	StaffBidang	t
e070c12e-75a3-45c7-b035-112e7c06e995	290e2978-2f8a-480a-b4ed-9694c5441427	7	Setelah diserahkan Kepala Dinas, JF memberikan kepada pemohon	JFAnalisis	t
fc9405f0-ba36-49bb-b90b-0441d025e020	f8d2b55a-b94c-495b-beda-b37309815b6e	1	Menerima surat masuk kemudian memeriksa kelengkapan dan mencatat surat masuk pada buku kendali	Staff Umum dan Kepegawaian	t
977d7f43-563b-4f37-8f16-d3df322fa4e2	f8d2b55a-b94c-495b-beda-b37309815b6e	2	Memberikan formulir kepada sekretaris kemudian memilah surat masuk sesuai dengan tujuan untuk didistribusikan ke Bidang	Sekretaris	t
61c4c67c-1fd8-4bee-a1e1-f016a98ec7e0	f8d2b55a-b94c-495b-beda-b37309815b6e	3	Melaksanakan disposisi dari Kepala Dinas	Kepala Dinas	t
60fa51ad-eea3-4b2a-a0a9-cd63f0d66128	f8d2b55a-b94c-495b-beda-b37309815b6e	4	Kasubag memberikan surat yang sudah didisposisi kepada staff umpeg kemudian dicatat dalam buku kendali dan mendistribusikan surat kepada bidang	Kasubag Umum dan Kepegawaian	t
59490001-cef4-4345-9ea9-72ffd1f6a460	15215218-0636-4e4b-b9cc-843db055a521	1	Pemohon menyerahkan permohonan permintaan data untuk dilakukan disposisi oleh Kepala Dinas	Pemohon	t
72a4545c-a5be-41ee-b482-6545940ab1fc	15215218-0636-4e4b-b9cc-843db055a521	2	Form data dilakukan pengisian dan pengolahan	Operator Pengelola Data Pada Bidang Teknis Pelaksana	t
e9e3c852-d389-432f-9adc-4253fbe71070	15215218-0636-4e4b-b9cc-843db055a521	3	Verifikasi Form data yang telah dilakukan pengisian dan pengolahan data kemudian diserahkan ke bagian perencanaan	Penanggungjawab Data Bidang	t
3535d33b-834f-437d-a253-d9ae44cbb325	15215218-0636-4e4b-b9cc-843db055a521	4	Form data dilakukan sinkronisasi sebelum dilakukan pengesahan	Fungsional Perencana	t
e7969d68-d0ce-4eb1-b244-0af0ee24392b	15215218-0636-4e4b-b9cc-843db055a521	5	Penyerahan form permintaan data kepada pemohon	Kepala Dinas/ Sekretaris Dinas	t
b907c243-da25-47df-abf7-78375742dc8e	19036534-7fd2-46bc-96b1-92d9a4661f3f	1	Menyiapkan usulan pension PNS	Sekretaris	t
7e3cf606-52a9-40f8-995f-80eeb33d62aa	19036534-7fd2-46bc-96b1-92d9a4661f3f	2	Membuat konsep usulan PNS dan meminta PNS yang memenuhi syarat untuk melengkapi berkas pension	KASUBAG UMPEG	t
123e1cfa-087d-41f7-aee1-5ff6ddc081a5	19036534-7fd2-46bc-96b1-92d9a4661f3f	3	Menyusun surat pengantar	Pelaksana	t
e01e474d-8e6c-48a0-8188-9f1ed1888e6f	19036534-7fd2-46bc-96b1-92d9a4661f3f	4	Kepala dinas menandatangani surat pengantar dan draft usul pension	Kepala Dinas	t
c1d31c7b-e651-447b-bbb3-28e54857ea99	19036534-7fd2-46bc-96b1-92d9a4661f3f	5	Melakukan penomoran, penggandaan dokumen	Pelaksana	t
2893d187-82b8-4db8-aaa5-b056cb977bed	19036534-7fd2-46bc-96b1-92d9a4661f3f	6	Mengirim berkas usul pension ke BKPSDM	Pelaksana	t
b247aa90-ae45-45a4-b55c-b71ab8c960a1	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	1	Mengusulkan PNS yang akan naik pangkat	Sekretaris	t
b40b0ab4-1ad1-466a-af09-afc969d9097e	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	2	Membuat surat usul kenaikan pangkat dan memberitahukan PNS yang bersangkutan untuk melengkapi berkas	KASUBAG UMPEG	t
e8e09d94-6c46-49c1-be6e-d4e3c36280bb	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	3	Menyusun surat pengantar	Pelaksana	t
d974cd3d-cc4d-4800-8917-aa301307b6dc	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	4	Kepala dinas menandatangani surat pengantar	Kepala Dinas	t
8e740bcb-883b-4f10-af9f-5e0d313dd772	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	5	Melakukan penomoran, penggandaan dokumen	Pelaksana	t
816965b6-bc3d-401e-9fde-a1ccbb417e43	f58fda8e-8813-4ef2-a528-7c2cd1bd1eff	6	Mengirim berkas usul pension ke BKPSDM	Pelaksana	t
5ce73dd9-b514-4747-80b7-b031e55bfc9a	2150684b-6da4-4d69-9dcc-22d9a139b39c	1	Menyiapkan usulan Program dan Kegiatan	Bidang Teknis	t
42e82f32-a30c-41b0-aa81-3156e04d7fc1	2150684b-6da4-4d69-9dcc-22d9a139b39c	2	Menerima dan memeriksa usulan dari bidang teknis	JF Perencana	t
65f985d3-933b-48f5-851f-9f88cfe0da95	2150684b-6da4-4d69-9dcc-22d9a139b39c	3	Menyelaraskan usulan dengan Rencana Kerja dan Renstra OPD	JF Perencana	t
306d1296-b47f-4cfa-b592-23d5680a921f	2150684b-6da4-4d69-9dcc-22d9a139b39c	4	Menyusun usulan program dan kegiatan OPD	JF Perencana	t
ecf932d9-b755-4d7c-8e63-7fbc554503e0	2150684b-6da4-4d69-9dcc-22d9a139b39c	5	Usulan program dan kegiatan APBD.PAPBD OPD siap dikirimkan kepada Bupati Mojokerto	Sekretaris	t
e0f2e93e-5673-42d2-b922-4f46b8099d87	3c50e2db-a6cf-4206-b208-76bb8218e7b4	1	Menerima surat masuk informasi diklat / bimtek yang sudah di disposisi Kepala Dinas	Kepala Bidang	t
546c7ad8-b079-4e34-ab6a-b735938986de	3c50e2db-a6cf-4206-b208-76bb8218e7b4	2	Mereview maksud dan tujuan surat, Jika diperlukan menginformasikan ke Kepala Seksi untuk menentukan peserta diklat / bimtek	Kepala Bidang	t
fff003de-3c57-4aa7-ac72-d8cfc90bae0e	3c50e2db-a6cf-4206-b208-76bb8218e7b4	3	Menginformasikan ke Peserta untuk mengikuti diklat / bimtek sesuai surat masuk	KASUBAG UMPEG	t
5e56a57a-9db1-40d3-b74e-a1d10ccb08af	3c50e2db-a6cf-4206-b208-76bb8218e7b4	4	Melengkapi SPT Kepesertaan diklat / bimtek	KASUBAG UMPEG	t
00944513-3d60-4e96-97f6-d9d2d881f65b	3c50e2db-a6cf-4206-b208-76bb8218e7b4	5	Melakukan persiapan dan mengikuti diklat / bimtek sesuai jadwal	Peserta Diklat/Bimtek	t
af206fe6-7185-458f-bbf3-7218fed9b9c8	3c50e2db-a6cf-4206-b208-76bb8218e7b4	6	Membuat laporan diklat / bimtek, menyerahkan pertanggungjawaban SPPD ke bagian keuangan dan sertifikat pelatihan jika ada ke bagian Umum dan Kepegawaian Menyimpan bukti diklat / bimtek dan melakukan up date database Pegawai Melakukan evaluasi efektivitas diklat / bimtek	Peserta Diklat/Bimtek	t
1a953845-b3c6-4aef-b0f8-e217f0b57043	90fa7587-7160-43ac-b8b5-83a0a912e2e0	1	Koordinator menyusun jadwal kebersihan dan Melakukan evaluasi kebersihan pembagian area untuk petugas kebersihan dan Mensosialisasikan jadwal kebersihan ke Petugas Kebersihan	Koordinator Kebersihan	t
cc7f836f-e976-4e5a-a061-116b9466599f	90fa7587-7160-43ac-b8b5-83a0a912e2e0	2	Melaksanakan kebersihan area sesuai dengan form pemeliharaan kebersihan dan	Petugas Kebersihan	t
b2ae90be-76ae-4f86-9866-39940fbc3407	90fa7587-7160-43ac-b8b5-83a0a912e2e0	3	Melakukan pemantauan kebersihan sesuai dengan formulir	Koordinator Kebersihan	t
69ade96e-f545-42d2-a07b-0ff1a163d280	90fa7587-7160-43ac-b8b5-83a0a912e2e0	4	Melakukan evaluasi kebersihan	Kasubag Umpeg	t
2683e4c0-ea95-46c4-918a-b896ff983b3f	87a66c95-f84e-4a65-a761-64ce01dc8c2e	1	Menginventarisir pegawai yang telah memenuhi syarat untuk diusulkan meraih penghargaan dan menyiapkan berkas persyaratan	Staff/Kasubag Umpeg	t
63f343d9-0ae4-409f-9e78-1f8431274916	87a66c95-f84e-4a65-a761-64ce01dc8c2e	2	Melaksanakan penilaian dan penentuan penerima penghargaan dan piagam penghargaan	Sekretaris Dinas	t
142c6d20-66cd-4841-963c-eb36a4150572	87a66c95-f84e-4a65-a761-64ce01dc8c2e	3	Menyiapkan berkas dan kelengkapan untuk penandatanganan keputusan Kepala Dinas dan piagam penghargaan	Staff/Kasubag Umpeg	t
7fee12fb-3d01-4f22-bff3-a56ab750ac86	87a66c95-f84e-4a65-a761-64ce01dc8c2e	4	Penyerahan piagam penghargaan kepada pegawai yang bersangkutan	Kepala Dinas	t
e4568e54-4f4d-4d86-8faf-8c32ee54dffe	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	1	PPTK Menyerahkan dokumen SPJ kepada verifikator kemudian	PPTK	t
34ad1882-e449-4a0d-b175-1f5bf125d73e	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	2	Verifikasi dokumen untuk diberikan kepada Bendahara Pengeluaran	Verifikator SPJ	t
2da52d0d-6e82-43b6-b502-45855b5bdcd9	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	3	Mencatat dan mengarsip pelaksanaan belanja di buku Penatausahaan	Bendahara Pengeluaran	t
cf9a300b-f812-4e6f-b02e-e463d0588682	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	4	PA/PPKom mengesahkan SPJ pengeluaran dan menyerahkan ke PPK SKPD laporan pertanggungjawaban	PA/PPKom	t
b3e81163-d4e4-43e9-b3ca-0143c228704b	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	5	Penginputan surat pertanggungjawaban ke dalam SIPD	PPK SKPD	t
a5bfb685-c138-4138-bc0d-21c1cc3f670f	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	6	Membuat laporan SPJ untuk sampaikan kepada PPKD selaku BUD dan Pengguna Anggaran	PPK SKPD	t
7b36b2ad-3920-46c8-965e-e3f9084f5490	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	7	Pengiriman laporan SPJ ke BPKAD	PPK SKPD	t
71012c4e-ebb0-4773-a4ae-ade39dec3342	02654d7b-74ca-41b3-9ea7-c8e4d3af3e4e	8	PPTK menerima pemabayaran	PPTK	t
6ed84025-bfdb-4a5c-a1e3-ae9030a8445c	373027a4-9dff-4c5b-a84b-76f52bbab297	1	Mengecek daftar perencanaan anggaran	Kasubag Umpeg	t
51639977-f7e0-4c98-b9e8-591a8cd40e09	373027a4-9dff-4c5b-a84b-76f52bbab297	2	Membuat dan menatpkan daftar dan kriteria supplier yang dapat memenuhi syarat dalam proses pembelian	Pelaksana Subbag Umpeg	t
5460377b-6fcc-4af7-a408-fa808c45e5e7	373027a4-9dff-4c5b-a84b-76f52bbab297	3	Melaksanakan proses pembelian	Pelaksana Subbag Umpeg	t
e477c1c3-8065-404c-b55f-bc9fed65a8aa	373027a4-9dff-4c5b-a84b-76f52bbab297	4	Memeriksa kualitas barang yang dibeli	Pengurus Barang	t
105310b4-4d01-4e61-b7ca-ad91e930c998	373027a4-9dff-4c5b-a84b-76f52bbab297	5	Membuat laporan pembelian dengan memperhatikan spesifikasi, waktu dan jumlah sesuai pengajuan	Pengurus Barang	t
b2d17ad2-0550-4367-92f7-73a554e52e5b	373027a4-9dff-4c5b-a84b-76f52bbab297	6	Mengesahkan laporan pembelian	Sekretaris Dinas	t
4a1216e8-0746-419d-a3dd-dbd0b4e71a46	373027a4-9dff-4c5b-a84b-76f52bbab297	7	Membuat dan mengesahkan laporan evaluasi supplier/rekanan	Kepala Dinas	t
15c174e4-d16d-4f3d-bb98-81453785ecc1	373027a4-9dff-4c5b-a84b-76f52bbab297	8	Menyimpan rekamanan terakait pembelian barang/jasa, seleksi dan evaluasi supplier / rekanan	Kasubag Umpeg	t
5b11a407-28a6-4213-b264-a3b0fd5c2ee4	70080890-3fa7-48c4-85ff-e9e7df952834	1	Melakukan pengajuan NPD beserta kelengkapan berkas lainnya	PPTK	t
8961e0ca-495e-46bd-bcb3-6ab1e8ec92af	70080890-3fa7-48c4-85ff-e9e7df952834	2	Verifikasi kesesuaian berkas pengajuan dan ketersediaan anggaran	Koordinator PPTK	t
3a0e6e00-4f73-473d-b776-8f7ddaa44f6a	70080890-3fa7-48c4-85ff-e9e7df952834	3	Pengembalian berkas pengajuan permohonan dana dan dilanjut pemberitahuan pengajuan dana kegiatan	Kepala Bidang	t
f4bb3e52-9ef8-487d-921a-60a71692cd7a	70080890-3fa7-48c4-85ff-e9e7df952834	4	Permintaan persetujuan notdin dan penandatanganan NPD	Pegguna Anggaran	t
00525cb4-1d5b-4412-b6df-b1532eac0e7d	70080890-3fa7-48c4-85ff-e9e7df952834	5	Pencairan pengajuan permohonan dana telah direalisasikan	Bendahara Pengeluaran	t
609ae129-b266-455c-a7f4-1692d224acff	af6812d7-539b-4b89-afc3-74bea9401504	1	Kepala dinas memerintahkan sekretaris untuk melakukan pengukuran data kinerja	Kepala Dinas	t
0532b8fc-1913-4de8-814a-623692968927	af6812d7-539b-4b89-afc3-74bea9401504	2	Sekretaris melakukan rapat dengan tim sakip untuk memberikan arahan	Sekretaris	t
f47b36ad-56d5-4059-b8b5-c8dafc3a1070	af6812d7-539b-4b89-afc3-74bea9401504	3	Menyusun rencana kegiatan dengan menyiapkan metodologi pengukuran capaian kinerja untuk tiap-tiap program	Tim SAKIP	t
ed509404-f35f-4253-8227-e9de6e866043	af6812d7-539b-4b89-afc3-74bea9401504	4	Seluruh ASN internal melakukan pengukuran capaian kinerja	Seluruh ASN	t
238830e1-ab2e-466c-8938-ddf6a3b3b6fb	af6812d7-539b-4b89-afc3-74bea9401504	5	Melakukan evaluasi kemudian merangkap seluruh hasil pengukuran capaian kinerja	Tim SAKIP	t
7524f8de-6567-42a5-9569-07102f5d4c6c	af6812d7-539b-4b89-afc3-74bea9401504	6	Melaporkan hasil rekapitulasi kepada sekretaris	Tim SAKIP	t
8612c3a0-b47f-46ff-9df4-6de928a8d4c3	af6812d7-539b-4b89-afc3-74bea9401504	7	Menganalisa hasil rekapitulasi	Sekretaris	t
f7cdb2e6-22b7-413d-8ab6-33862dd1bf0d	af6812d7-539b-4b89-afc3-74bea9401504	8	Melaporkan kepada kepala dinas	Sekretaris	t
e8fd532a-9e25-427d-8fd6-043a73edc0ba	af6812d7-539b-4b89-afc3-74bea9401504	9	Pengarsipan data kinerja	Tim SAKIP	t
83913992-2663-4622-a4cb-6b3ac3ab7bd9	67da5aa5-90c3-4d99-8756-85d51c1d0246	1	Merencanakan pemeliharaan sarana dan prasarana sesuai DPA	Kasubag Umpeg	t
850fca85-7954-4623-af24-1af3f282fa9c	67da5aa5-90c3-4d99-8756-85d51c1d0246	2	Koordinasi dengan pejabat pengadaan untuk rencana pemeliharaan sarana	Pengurus Barang	t
fdc9dff8-7990-45d8-8ba3-a2aea84d01f7	67da5aa5-90c3-4d99-8756-85d51c1d0246	3	Menginformasikan ke pihak ketiga untuk rencana kegiatan pemeliharaan yang akan diserahkan kepada bidang/sub bagian	Pengurus Barang	t
fce8588b-9f08-4112-9d1e-39ab7a9455fc	67da5aa5-90c3-4d99-8756-85d51c1d0246	4	Melakukan pemeliharaan sesuai ruang lingkup pekerjaan	Pihak Ketiga	t
b298a1e7-38aa-4f2f-bab3-7f6788b77fe5	67da5aa5-90c3-4d99-8756-85d51c1d0246	5	Membuat laporan pemeliharaan untuk digunakan sebagai bukti	Pihak Ketiga	t
78151c9b-f0fd-4545-932d-fd56681b286e	67da5aa5-90c3-4d99-8756-85d51c1d0246	6	Melakukan serah terima dan melakukan verifikasi hasil pekerjaan	Pengurus Barang	t
5f482fd2-8767-4c41-b2f6-f549f6bfec45	9292b758-5ff8-474b-b5b4-aaed6fda88d1	1	Pemohon menyerahkan berkas permohonan uji keterampilan	Pemohon	t
688d916d-d278-4302-a69f-e36f3f71b982	9292b758-5ff8-474b-b5b4-aaed6fda88d1	2	Mendisposisi surat masuk	Kepala Dinas	t
61627fc1-dd85-4e39-97d4-298591f25f2b	9292b758-5ff8-474b-b5b4-aaed6fda88d1	3	Kasi uji keterampilan dan sertifikasi menerima dan meneliti berkas	JF Analisis Kebijakan	t
3367d46b-e468-43c0-a53a-96db2303046c	9292b758-5ff8-474b-b5b4-aaed6fda88d1	4	Menghimpun dan mengidentifikasi jenis uji keterampilan dan sertifikasi	JF Analisis Kebijakan	t
b9165328-080c-4c25-83cb-020c71f5c1dc	9292b758-5ff8-474b-b5b4-aaed6fda88d1	5	Melaporkan kepada kepala dinas	Kepala Bidang	t
48b7e43e-4a2b-4315-9ff5-4080077ac70e	9292b758-5ff8-474b-b5b4-aaed6fda88d1	6	Menyerahkan kepada pemohon	Petugas Pelatihan	t
7b5d6d60-ce81-4b6f-a547-f03c45ba62e6	9292b758-5ff8-474b-b5b4-aaed6fda88d1	7	Kasi uji keterampilan dan sertifikasi dan tim melaksanakan uji keterampilan dan sertifikasi	Petugas Pelatihan	t
a49d14c2-b966-4b5b-accf-b5e7a60b648c	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	1	Pemohon menyerahkan berkas permohonan uji keterampilan	Pemohon	t
441d1886-78e9-494f-a3e8-9c1817dd6fd7	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	2	Mendisposisi surat masuk	Kepala Dinas	t
8984c8ce-e0bb-48e4-809f-fccfc46a04c5	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	3	Meneliti kelengkapan persyaratan pelaksanaan magang	JF Analisis Kebijakan	t
933a44bb-edf2-486a-a07f-adf102145e82	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	4	Mencatat pada buku induk peserta magang dan memberi stempel pengesahan dan nomor pada berkas perjanjian pemagangan	Petugas Pelaksana	t
6fe673fb-e657-421a-a14e-9a653019d1d3	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	5	Melakukan pengesahan perajanjian pemagangan	Kepala Dinas	t
44b55222-6fa6-45df-a538-eb94ae5c5dba	7a3f67dd-eecc-4cad-b6bf-0e1b2c9dccc5	6	Menyerahkan kepada pemohon	Petugas Pelaksana	t
9d802d85-69ef-4a4d-9e41-27afc38863c9	129cae48-77f2-4ed2-a9a8-5aa5076f1152	1	Penerimaan Pelaporan	Petugas/Pegawai yang Ditunjuk	t
661d83ef-665e-4b18-afaf-a7c3feb0b314	129cae48-77f2-4ed2-a9a8-5aa5076f1152	2	Verifikasi kebenaran isi dokumen pengaduan dan dokumen pendukung lainnya	Petugas/Pegawai yang Ditunjuk	t
5f92a67b-1792-42ec-95cd-2be2a9f09ba2	129cae48-77f2-4ed2-a9a8-5aa5076f1152	3	Penandatanganan Dokumen Laporan	Pejabat yang Ditunjuk	t
013f57cc-96de-4ca4-a715-e650ddc3b962	129cae48-77f2-4ed2-a9a8-5aa5076f1152	4	Pemberian Nomor dan Tanggal Legalisasi serta Stempel Dinas	Petugas/Pegawai yang Ditunjuk	t
85630359-275a-4b30-8118-7a680bb56c6c	129cae48-77f2-4ed2-a9a8-5aa5076f1152	5	Penyerahan Dokumen laporan	Petugas/Pegawai yang Ditunjuk	t
76a9edf3-48ea-40a1-8c58-c274a5502b64	90a1894b-1d68-454d-9eab-133144adda90	1	Penerimaan Pengajuan Legalisasi Surat Referensi Kerja	Petugas/Pegawai yang Ditunjuk	t
2fe856c1-888a-4d09-a68b-d320f0f3ea3b	90a1894b-1d68-454d-9eab-133144adda90	2	Validasi Kelengkapan Surat Referensi Kerja	Petugas/Pegawai yang Ditunjuk	t
aad8d101-79d6-4f6f-bcf8-0102bafc7a76	90a1894b-1d68-454d-9eab-133144adda90	3	Penandatanganan Surat Referensi Kerja Salinan	Kepala Dinas/Pejabat yang Ditunjuk	t
910e7659-6f72-4e2e-8848-25340d727a4a	90a1894b-1d68-454d-9eab-133144adda90	4	Pemberian Nomor dan Tanggal Legalisasi serta Stempel Dinas	Petugas/Pegawai yang Ditunjuk	t
e7695d37-1998-4082-aac5-c1a2200d7dee	90a1894b-1d68-454d-9eab-133144adda90	5	Penyerahan hasil legalisasi Surat Referensi Kerja	Petugas/Pegawai yang Ditunjuk	t
7dbee3dc-1c8e-4296-a335-bdac9a06725d	36950542-2ba9-417c-8ae9-aee06f0f4778	1	Penyerahan Permohonan Pencatatan LKS Bipartit	Perusahaan	t
4ca0b1a7-f8fb-4877-b96a-34d9a7aa0ae4	36950542-2ba9-417c-8ae9-aee06f0f4778	2	Menerima Disposisi Permohonan Pencatatan LKS Bipartit	Kepala Bidang	t
18bcae5e-aa4e-401c-88f0-ad8810e4250c	36950542-2ba9-417c-8ae9-aee06f0f4778	3	Meneliti Kelengkapan Permohonan dan Isi Materi Pencatatan LKS Bipartit	Jabatan Fungsional	t
8b152a47-a84f-4f31-8b8a-3d2190fd0a0b	36950542-2ba9-417c-8ae9-aee06f0f4778	4	Dokumen LKS Bipartit memenuhi syarat, Membuat Surat Keputusan Pencatatan LKS Bipartit	Pelaksana	t
db0e9a22-f8ab-463a-a535-d294c1e55c7b	36950542-2ba9-417c-8ae9-aee06f0f4778	5	Pengesahan Surat Keputusan Pencatatan LKS Bipartit	Kepala Dinas	t
80d90e6e-1b44-4df0-8e37-51bd6933d7a9	36950542-2ba9-417c-8ae9-aee06f0f4778	6	Penyerahan Tanda Bukti Surat Keputusan Pencatatan LKS Bipartit	Pelaksana	t
d2f88c8b-56fc-4b5b-8dc3-24cb0c38cebc	5d84db11-a89c-4e55-a6d6-50ef962febe9	1	Penyerahan berkas permohonan	Pihak yang Berselisih	t
80b91ebf-f1ae-4337-89cb-16019e1921f4	5d84db11-a89c-4e55-a6d6-50ef962febe9	2	Menerima disposisi	Kepala Bidang	t
02fd7aa3-4cc3-4579-861b-8b658f8009ca	5d84db11-a89c-4e55-a6d6-50ef962febe9	3	Meneliti kelengkapan berkas	Jabatan Fungsional	t
3317548b-7d77-45e3-a214-da1449d0f199	5d84db11-a89c-4e55-a6d6-50ef962febe9	4	Klarifikasi dan mediasi	Jabatan Fungsional	t
7837ae8a-ab94-40ee-906c-7ac493902f8b	5d84db11-a89c-4e55-a6d6-50ef962febe9	5	Para pihak menyetujui anjuran tertulis dan terjadi kesepakatan atau menolak dan tidak memberikan anjuran tertulis	Pihak yang Berselisih	t
5b3234a3-7311-4e02-a859-6d2eebafc680	da6b0185-7841-4fe0-9996-042dcb15c46d	1	Penyerahan Permohonan Pengesahan Peraturan Perusahaan	Perusahaan	t
4898c96b-4ccc-4a79-8626-9ac71179c0ed	da6b0185-7841-4fe0-9996-042dcb15c46d	2	Menerima Disposisi Permohonan Pengesahan Peraturan Perusahaan	Kepala Bidang	t
71e44604-1abe-4971-9392-e7b660b55672	da6b0185-7841-4fe0-9996-042dcb15c46d	3	Meneliti Kelengkapan Permohonan dan Isi Materi Pengesahan Peraturan Perusahaan	Jabatan Fungsional	t
3b80d9d1-28f2-4083-9d6a-b9ef4ad878e3	da6b0185-7841-4fe0-9996-042dcb15c46d	4	Dokumen Peraturan Perusahaan memenuhi syarat, Membuat Surat Keputusan Pengesahan Peraturan Perusahaan	Pelaksana	t
7ea56a50-ba5b-49c1-93e0-4b5a25310907	da6b0185-7841-4fe0-9996-042dcb15c46d	5	Pengesahan Surat Keputusan Peraturan Perusahaan	Kepala Dinas	t
1c187049-5a1f-4fd6-b9e7-e110041823b1	da6b0185-7841-4fe0-9996-042dcb15c46d	6	Penyerahan Tanda Bukti Surat Keputusan Pengesahan Peraturan Perusahaan	Pelaksana	t
60b5c5cb-655e-4ad3-8563-5b2e6e363185	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	1	Penyerahan Permohonan Pencatatan PKWT	Perusahaan	t
63d8ef5c-fcf2-49b3-9e3b-b1e02b884195	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	2	Menerima Disposisi Permohonan Pencatatan PKWT	Kepala Bidang	t
ba23c8b0-74df-4c62-aa26-a5d76d2176fd	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	3	Meneliti Kelengkapan Permohonan dan Isi Materi Pencatatan PKWT	Jabatan Fungsional	t
cdc1c717-4325-4758-8884-4316138a0433	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	4	Dokumen PKWT memenuhi syarat, Membuat Surat Keputusan Pencatatan PKWT	Pelaksana Bidang	t
5bc4e3bd-3f78-47f4-849c-bf252459f597	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	5	Pengesahan Surat Keputusan PKWT	Kepala Dinas	t
ad939beb-2fa2-49d3-9582-754b705d5e9b	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	6	Penyerahan Tanda Bukti Surat Keputusan Pencatatan PKWT	Pelaksana Bidang	t
6db95ec9-4f81-4709-b6d3-62615850b88a	cf30fe2d-b40b-4bea-bfbe-538715326224	1	Penyerahan Permohonan Pencatatan Serikat Pekerja/ Serikat Buruh	SP/SB	t
72c30c41-41be-49f3-9f75-1c68443e73f0	cf30fe2d-b40b-4bea-bfbe-538715326224	2	Menerima Disposisi Permohonan Pencatatan Serikat Pekerja/ Serikat Buruh	Kepala Bdang	t
9c510c1b-4dbd-4b38-80d1-34c653c58e4f	cf30fe2d-b40b-4bea-bfbe-538715326224	3	Meneliti kelengkapan/ persyaratan Permohonan Pencatatan Serikat Pekerja/ Serikat Buruh	Jabatan Fungsional	t
1abd1295-7f1c-4db0-a5e9-e31a09389222	cf30fe2d-b40b-4bea-bfbe-538715326224	4	Berkas Pencatatan memenuhi syarat, Membuat Tanda Bukti Pencatatan Serikat Pekerja/ Serikat Buruh	Pelaksana	t
eb115704-0a03-45a0-8219-356768e7df16	cf30fe2d-b40b-4bea-bfbe-538715326224	5	Pengesahan Draft Tanda Bukti Pencatatan Serikat Pekerja/ Serikat Buruh	Kepala Dinas	t
8f72a7a1-87de-4749-aa79-c94a6ab3230a	cf30fe2d-b40b-4bea-bfbe-538715326224	6	Penyerahan Tanda Bukti Pencatatan Serikat Pekerja/ Serikat Buruh	Pelaksana	t
53ed3b37-bd17-4629-82e2-25497e6a3f61	6d77b552-238d-49f1-a909-ed087f67182c	1	Penyerahan Permohonan Pendaftaran Perjanjian Kerja Bersama	Perusahaan	t
3f397a0b-c8c1-45f6-ab6f-e4a4e682e959	6d77b552-238d-49f1-a909-ed087f67182c	2	Menerima Disposisi Permohonan Pendaftaran Perjanjian Kerja Bersama	Kepala Bidang	t
6d65a7a0-c159-4e1f-9e69-fc301ab92541	6d77b552-238d-49f1-a909-ed087f67182c	3	Meneliti Kelengkapan Permohonan dan Isi Materi Pendaftaran Perjanjian Kerja Bersama	Jabatan Fungsional	t
d0bbaa6d-3290-46ef-b11b-00ab004a408d	6d77b552-238d-49f1-a909-ed087f67182c	4	Dokumen Perjanjian Kerja Bersama memenuhi syarat, Membuat Surat Keputusan Pendaftaran Perjanjian Kerja Bersama	Pelaksana	t
860bee29-a3d4-4233-8884-a0f8ad09104e	6d77b552-238d-49f1-a909-ed087f67182c	5	Pengesahan Surat Keputusan Pendaftaran Perjanjian Kerja Bersama	Kepala Dinas	t
5ea57e61-c2e6-49e9-b213-b46905d840d6	6d77b552-238d-49f1-a909-ed087f67182c	6	Penyerahan Tanda Bukti Surat Keputusan Pendaftaran Perjanjian Kerja Bersama	Pelaksana	t
\.


--
-- Data for Name: ticket; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket (id, day, number, code, origin_service_id, service_id, target_counter_id, priority, status, outcome, counter_id, clerk_id, issued_at, queued_at, called_at, call_count, serving_started_at, finished_at, note) FROM stdin;
6292e7c3-70a1-41f4-b42e-ab2d648f9bf5	2026-11-02	3	A-003	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	waiting	\N	\N	\N	2026-11-02 08:02:40	2026-11-02 08:02:40	\N	0	\N	\N	
77ff12b2-0852-4e9a-bdc9-cbcfd433f350	2026-11-02	4	A-004	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	waiting	\N	\N	\N	2026-11-02 08:04:00	2026-11-02 08:04:00	\N	0	\N	\N	
44b51859-a5b6-4a80-a22f-9204b86a6486	2026-11-02	2	C-002	ee605a11-2881-47ab-a789-d47591ae8f2e	ee605a11-2881-47ab-a789-d47591ae8f2e	\N	f	waiting	\N	\N	\N	2026-11-02 08:04:40	2026-11-02 08:04:40	\N	0	\N	\N	
ab6695ad-1b02-459d-b6a2-d5f73b983a0b	2026-11-02	6	A-006	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	cancelled	cancelled	\N	\N	2026-11-02 08:06:00	\N	\N	0	\N	2026-11-02 08:06:00	Kertas macet
664229b5-e1f5-41bd-836d-2258ae078270	2026-11-02	1	A-001	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-02 08:00:00	2026-11-02 08:00:00	2026-11-02 08:08:00	1	2026-11-02 08:08:30	2026-11-02 08:14:30	
c8e98272-7916-4b66-a253-f76f2508100c	2026-11-02	2	A-002	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-02 08:00:40	2026-11-02 08:00:40	2026-11-02 08:14:30	1	2026-11-02 08:15:00	2026-11-02 08:24:00	
2dc3a2bb-b54f-469e-a66a-b89184a96d08	2026-11-02	1	B-001	1a6cd083-1619-44fa-a224-edf60e20a254	1a6cd083-1619-44fa-a224-edf60e20a254	\N	f	no_show	no_show	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-02 08:01:20	2026-11-02 08:01:20	2026-11-02 08:24:00	1	\N	2026-11-02 08:27:00	
d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02	5	A-005	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	t	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-02 08:05:20	2026-11-02 08:05:20	2026-11-02 08:35:20	2	2026-11-02 08:35:50	2026-11-02 08:40:50	
29a7a26b-4d4e-48f5-b21d-db18d1191663	2026-11-02	1	W-001	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	\N	f	done	served	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	2026-11-02 08:03:20	2026-11-02 08:03:20	2026-11-02 08:40:50	1	2026-11-02 08:40:50	2026-11-02 08:40:50	
eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02	1	C-001	ee605a11-2881-47ab-a789-d47591ae8f2e	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-02 08:02:00	2026-11-02 08:02:00	2026-11-02 08:52:50	2	2026-11-02 08:52:50	2026-11-02 09:00:50	
934b0275-4b1c-45be-9795-6dc943ae3910	2026-11-03	3	A-003	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	waiting	\N	\N	\N	2026-11-03 08:02:40	2026-11-03 08:02:40	\N	0	\N	\N	
f2e7d1b9-f9f4-4a7c-97ca-d95b206e5663	2026-11-03	4	A-004	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	waiting	\N	\N	\N	2026-11-03 08:04:00	2026-11-03 08:04:00	\N	0	\N	\N	
8aab2cb4-3f58-4dcf-9690-18cd54fb2b8b	2026-11-03	2	C-002	ee605a11-2881-47ab-a789-d47591ae8f2e	ee605a11-2881-47ab-a789-d47591ae8f2e	\N	f	waiting	\N	\N	\N	2026-11-03 08:04:40	2026-11-03 08:04:40	\N	0	\N	\N	
1cdf694f-5588-40e5-a15a-caf17a06c8c5	2026-11-03	6	A-006	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	cancelled	cancelled	\N	\N	2026-11-03 08:06:00	\N	\N	0	\N	2026-11-03 08:06:00	Kertas macet
2b44aaf5-4927-420a-9950-a78039bb6265	2026-11-03	1	A-001	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-03 08:00:00	2026-11-03 08:00:00	2026-11-03 08:08:00	1	2026-11-03 08:08:30	2026-11-03 08:14:30	
c5434b7d-8c15-4ee2-b85f-62e318629a8a	2026-11-03	2	A-002	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-03 08:00:40	2026-11-03 08:00:40	2026-11-03 08:14:30	1	2026-11-03 08:15:00	2026-11-03 08:24:00	
009a0974-a3c4-48e4-8f75-1855ca936493	2026-11-03	5	A-005	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	t	no_show	no_show	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-03 08:05:20	2026-11-03 08:05:20	2026-11-03 08:24:00	1	\N	2026-11-03 08:27:00	
eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03	1	B-001	1a6cd083-1619-44fa-a224-edf60e20a254	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-03 08:01:20	2026-11-03 08:01:20	2026-11-03 08:35:20	3	2026-11-03 08:35:50	2026-11-03 08:40:50	
13fe2120-77ed-41da-ac76-cdf5ace39d50	2026-11-03	1	W-001	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	\N	f	done	served	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	2026-11-03 08:03:20	2026-11-03 08:03:20	2026-11-03 08:40:50	1	2026-11-03 08:40:50	2026-11-03 08:52:50	
ace27954-0629-45b7-8ec7-16f7b9422f62	2026-11-03	1	C-001	ee605a11-2881-47ab-a789-d47591ae8f2e	ee605a11-2881-47ab-a789-d47591ae8f2e	\N	f	done	incomplete	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-03 08:02:00	2026-11-03 08:02:00	2026-11-03 08:52:50	1	2026-11-03 08:52:50	2026-11-03 08:52:50	
0cb801c8-5a0d-4700-9037-d1807fe92202	2026-11-04	3	A-003	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	waiting	\N	\N	\N	2026-11-04 08:02:40	2026-11-04 08:02:40	\N	0	\N	\N	
ffd59699-fafd-49cf-a97e-8967e22546bb	2026-11-04	4	A-004	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	waiting	\N	\N	\N	2026-11-04 08:04:00	2026-11-04 08:04:00	\N	0	\N	\N	
e4eba37b-9fcf-4e40-b471-0e089d63dd9a	2026-11-04	2	C-002	ee605a11-2881-47ab-a789-d47591ae8f2e	ee605a11-2881-47ab-a789-d47591ae8f2e	\N	f	waiting	\N	\N	\N	2026-11-04 08:04:40	2026-11-04 08:04:40	\N	0	\N	\N	
7bd2dd9b-398b-412e-a878-8e875003523c	2026-11-04	6	A-006	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	cancelled	cancelled	\N	\N	2026-11-04 08:06:00	\N	\N	0	\N	2026-11-04 08:06:00	Kertas macet
c43a110f-5c86-49d2-90c1-f5dfbc0320af	2026-11-04	5	A-005	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	t	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-04 08:05:20	2026-11-04 08:05:20	2026-11-04 08:08:00	1	2026-11-04 08:08:30	2026-11-04 08:14:30	
5dbd7cd1-0e12-4492-a144-18632b67b470	2026-11-04	1	A-001	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-04 08:00:00	2026-11-04 08:00:00	2026-11-04 08:14:30	1	2026-11-04 08:15:00	2026-11-04 08:24:00	
c7d60340-706b-4098-9486-16b1650b6053	2026-11-04	2	A-002	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	no_show	no_show	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-04 08:00:40	2026-11-04 08:00:40	2026-11-04 08:24:00	1	\N	2026-11-04 08:27:00	
44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04	1	B-001	1a6cd083-1619-44fa-a224-edf60e20a254	f7fd8b2d-fc26-45b7-90fb-8b8d91076163	\N	f	done	served	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	2026-11-04 08:01:20	2026-11-04 08:01:20	2026-11-04 08:35:20	3	2026-11-04 08:35:50	2026-11-04 08:40:50	
db04b10e-52c6-453e-9ddd-428e374c2b20	2026-11-04	1	W-001	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	\N	f	done	served	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	2026-11-04 08:03:20	2026-11-04 08:03:20	2026-11-04 08:40:50	1	2026-11-04 08:40:50	2026-11-04 08:52:50	
a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	2026-11-04	1	C-001	ee605a11-2881-47ab-a789-d47591ae8f2e	ee605a11-2881-47ab-a789-d47591ae8f2e	\N	f	done	served	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	2026-11-04 08:02:00	2026-11-04 08:02:00	2026-11-04 08:52:50	1	2026-11-04 08:52:50	2026-11-04 08:52:50	
\.


--
-- Data for Name: ticket_counter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_counter (service_id, day, last_number) FROM stdin;
1a6cd083-1619-44fa-a224-edf60e20a254	2026-11-02	1
ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	2026-11-02	1
ee605a11-2881-47ab-a789-d47591ae8f2e	2026-11-02	2
f7fd8b2d-fc26-45b7-90fb-8b8d91076163	2026-11-02	6
1a6cd083-1619-44fa-a224-edf60e20a254	2026-11-03	1
ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	2026-11-03	1
ee605a11-2881-47ab-a789-d47591ae8f2e	2026-11-03	2
f7fd8b2d-fc26-45b7-90fb-8b8d91076163	2026-11-03	6
1a6cd083-1619-44fa-a224-edf60e20a254	2026-11-04	1
ce6056c1-24f4-49e2-a0f4-ea1997bb2db7	2026-11-04	1
ee605a11-2881-47ab-a789-d47591ae8f2e	2026-11-04	2
f7fd8b2d-fc26-45b7-90fb-8b8d91076163	2026-11-04	6
\.


--
-- Data for Name: ticket_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_event (id, ticket_id, at, kind, from_status, to_status, counter_id, user_id, detail) FROM stdin;
5e51719d-e4ed-4213-ab4c-aaa6591913f1	664229b5-e1f5-41bd-836d-2258ae078270	2026-11-02 08:00:00	issue		issued	\N	\N	{"priority": false}
b8519e48-058c-4dc2-a60d-a44734873a85	664229b5-e1f5-41bd-836d-2258ae078270	2026-11-02 08:00:00	printed	issued	waiting	\N	\N	{}
6e1232fb-514f-406c-ac30-247ab96b2ffc	c8e98272-7916-4b66-a253-f76f2508100c	2026-11-02 08:00:40	issue		issued	\N	\N	{"priority": false}
f721411f-51db-4736-83aa-d4738cd0c327	c8e98272-7916-4b66-a253-f76f2508100c	2026-11-02 08:00:40	printed	issued	waiting	\N	\N	{}
cf06ba99-a511-489b-9cd0-0df6b2b00148	2dc3a2bb-b54f-469e-a66a-b89184a96d08	2026-11-02 08:01:20	issue		issued	\N	\N	{"priority": false}
85d6ccfc-81e5-4ae9-a00c-aaeeb56651fe	2dc3a2bb-b54f-469e-a66a-b89184a96d08	2026-11-02 08:01:20	printed	issued	waiting	\N	\N	{}
dec1c7a2-d7c9-47d3-b27a-07498d11316d	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:02:00	issue		issued	\N	\N	{"priority": false}
3145ca91-59f8-4381-8d9e-98384f4fb515	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:02:00	printed	issued	waiting	\N	\N	{}
a1a6e3a8-82b0-4e84-8db0-e8834e16f0d5	6292e7c3-70a1-41f4-b42e-ab2d648f9bf5	2026-11-02 08:02:40	issue		issued	\N	\N	{"priority": false}
002c428c-d655-44f7-93f1-c6f4f517c1ef	6292e7c3-70a1-41f4-b42e-ab2d648f9bf5	2026-11-02 08:02:40	printed	issued	waiting	\N	\N	{}
88f58d50-c6f1-4880-bc75-19ab3ab85dd4	29a7a26b-4d4e-48f5-b21d-db18d1191663	2026-11-02 08:03:20	issue		issued	\N	\N	{"priority": false}
a8a2ddd6-3fda-43ee-8310-e2fd680f0a4b	29a7a26b-4d4e-48f5-b21d-db18d1191663	2026-11-02 08:03:20	printed	issued	waiting	\N	\N	{}
5f8bdd4c-b3e6-4056-b430-d30e4e4d70e2	77ff12b2-0852-4e9a-bdc9-cbcfd433f350	2026-11-02 08:04:00	issue		issued	\N	\N	{"priority": false}
bb030b86-1827-415c-b906-76950545bb31	77ff12b2-0852-4e9a-bdc9-cbcfd433f350	2026-11-02 08:04:00	printed	issued	waiting	\N	\N	{}
3cc208b9-7326-4e25-ad3b-da75ab8ac17f	44b51859-a5b6-4a80-a22f-9204b86a6486	2026-11-02 08:04:40	issue		issued	\N	\N	{"priority": false}
08c5c442-8e28-46fc-9fef-fc1bfbac5681	44b51859-a5b6-4a80-a22f-9204b86a6486	2026-11-02 08:04:40	printed	issued	waiting	\N	\N	{}
0b296f70-e67d-444d-b6d4-e11b63d97903	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:05:20	issue		issued	\N	\N	{"priority": true}
1672c8e0-4a7d-4651-817b-533bd1e30da0	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:05:20	printed	issued	waiting	\N	\N	{}
9cc21380-d95f-4efc-8a82-c320c98719b4	ab6695ad-1b02-459d-b6a2-d5f73b983a0b	2026-11-02 08:06:00	issue		issued	\N	\N	{"priority": false}
3879c6a9-e94f-4786-88b3-51f9961863f2	ab6695ad-1b02-459d-b6a2-d5f73b983a0b	2026-11-02 08:06:00	print_failed	issued	cancelled	\N	\N	{}
bab703fd-a12e-4f6d-a376-562f28140e34	664229b5-e1f5-41bd-836d-2258ae078270	2026-11-02 08:08:00	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
c13cb0e2-e505-4252-b948-549a83dc30be	664229b5-e1f5-41bd-836d-2258ae078270	2026-11-02 08:08:30	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
258c8a1b-bcf2-4133-a9fa-7977e41da5bb	664229b5-e1f5-41bd-836d-2258ae078270	2026-11-02 08:14:30	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
34fa0132-c7a2-4d01-96ad-586f7a4506c2	c8e98272-7916-4b66-a253-f76f2508100c	2026-11-02 08:14:30	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
e8cf2d18-43db-43a0-8900-4872ec56a051	c8e98272-7916-4b66-a253-f76f2508100c	2026-11-02 08:15:00	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
52adc33c-2856-4143-a53a-95c73b6d215b	c8e98272-7916-4b66-a253-f76f2508100c	2026-11-02 08:24:00	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
9b872898-83a0-43c0-9800-bc0fb0e52f79	2dc3a2bb-b54f-469e-a66a-b89184a96d08	2026-11-02 08:24:00	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
58697dad-074c-4838-a254-511413d482c8	2dc3a2bb-b54f-469e-a66a-b89184a96d08	2026-11-02 08:27:00	no_show	called	no_show	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
93545f57-87d2-4542-8d13-3e2c804dfae7	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:27:00	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
4cc87ce9-1e6c-4496-a048-8b7ac46aceaa	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:27:20	serve	called	serving	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
f1de6e33-a3a4-4150-8984-c6c62e1b2d2e	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:29:20	transfer	serving	waiting	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{"from_service": "ee605a11-2881-47ab-a789-d47591ae8f2e", "to_service": "f7fd8b2d-fc26-45b7-90fb-8b8d91076163"}
7aa51a2b-8357-45a0-8c43-9c510df6234c	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:30:20	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
175ba61c-5120-4e81-95bc-cc476b1fcb0a	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:30:20	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
58158f15-a004-422b-a574-521e8b52e548	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:31:20	hold	serving	held	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
efb651db-0260-46fc-bc36-d1add85382b1	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:35:20	resume	held	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
a09fc7bf-d909-451c-a7ad-645882c8c8f7	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:35:50	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
41242048-b3e5-47f5-9439-5a9ff685fe3b	d6feba95-fbf8-4d38-a289-f033489a0521	2026-11-02 08:40:50	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
a599e90e-3e55-4e41-8817-3449c7cf1ea0	29a7a26b-4d4e-48f5-b21d-db18d1191663	2026-11-02 08:40:50	call	waiting	called	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
f7511185-ae0a-493c-a1f9-ba2947ed6692	29a7a26b-4d4e-48f5-b21d-db18d1191663	2026-11-02 08:40:50	serve	called	serving	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
a9cf9bae-fd40-4b89-b23a-dcaa0df2f71d	29a7a26b-4d4e-48f5-b21d-db18d1191663	2026-11-02 08:40:50	finish	serving	done	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	f28126fa-c935-42b3-84fa-6ba77b0b2445	{"intake": true}
44f0a83a-6592-421a-9886-ee74a639a004	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:52:50	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
210379ff-fefd-4c3e-a78d-681aaa4165d8	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 08:52:50	serve	called	serving	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
6beb3373-a8c4-44c7-be30-b3cbb685d367	eda2a77d-20aa-43ee-be78-3c087828b835	2026-11-02 09:00:50	finish	serving	done	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
49b62798-ec9e-4a35-9972-2aa28cc44453	2b44aaf5-4927-420a-9950-a78039bb6265	2026-11-03 08:00:00	issue		issued	\N	\N	{"priority": false}
f7c72db0-130f-4825-9b8b-d14c68bb919c	2b44aaf5-4927-420a-9950-a78039bb6265	2026-11-03 08:00:00	printed	issued	waiting	\N	\N	{}
96e1375f-e71a-4bf3-9d21-10dfb068d475	c5434b7d-8c15-4ee2-b85f-62e318629a8a	2026-11-03 08:00:40	issue		issued	\N	\N	{"priority": false}
0abac7e0-4a11-48a5-a091-2c0740d3400c	c5434b7d-8c15-4ee2-b85f-62e318629a8a	2026-11-03 08:00:40	printed	issued	waiting	\N	\N	{}
87a4c8ee-2e44-4e11-8486-23df7677766f	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:01:20	issue		issued	\N	\N	{"priority": false}
8ddec2c4-e3ba-492b-b80e-d150d63a77d7	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:01:20	printed	issued	waiting	\N	\N	{}
6cfeaba2-e06f-4e9e-a947-d8a2bba9bef2	ace27954-0629-45b7-8ec7-16f7b9422f62	2026-11-03 08:02:00	issue		issued	\N	\N	{"priority": false}
a1369bfe-4be3-409b-a6bb-67d5a433693c	ace27954-0629-45b7-8ec7-16f7b9422f62	2026-11-03 08:02:00	printed	issued	waiting	\N	\N	{}
21c35535-ce7d-4742-a4d2-f2adbcb7da4d	934b0275-4b1c-45be-9795-6dc943ae3910	2026-11-03 08:02:40	issue		issued	\N	\N	{"priority": false}
4cf63bb3-1f1a-458b-bf19-305abc19e0c1	934b0275-4b1c-45be-9795-6dc943ae3910	2026-11-03 08:02:40	printed	issued	waiting	\N	\N	{}
6fa0d662-8dd0-42d7-9db4-b5951554d164	13fe2120-77ed-41da-ac76-cdf5ace39d50	2026-11-03 08:03:20	issue		issued	\N	\N	{"priority": false}
b0b905fa-2c96-4ec0-b496-b298f63c93b6	13fe2120-77ed-41da-ac76-cdf5ace39d50	2026-11-03 08:03:20	printed	issued	waiting	\N	\N	{}
44df8180-6afe-49cd-9480-6f167794d4cb	f2e7d1b9-f9f4-4a7c-97ca-d95b206e5663	2026-11-03 08:04:00	issue		issued	\N	\N	{"priority": false}
382cae1c-fd10-4be1-a349-7f8d22fcd1a8	f2e7d1b9-f9f4-4a7c-97ca-d95b206e5663	2026-11-03 08:04:00	printed	issued	waiting	\N	\N	{}
36abd71e-d189-49cb-8ecc-bc7ddd0814ec	8aab2cb4-3f58-4dcf-9690-18cd54fb2b8b	2026-11-03 08:04:40	issue		issued	\N	\N	{"priority": false}
2f01f9c1-ebd5-4723-9a07-05562d4a32ac	8aab2cb4-3f58-4dcf-9690-18cd54fb2b8b	2026-11-03 08:04:40	printed	issued	waiting	\N	\N	{}
6f0a31f0-4c92-4955-9de8-95fac903eab0	009a0974-a3c4-48e4-8f75-1855ca936493	2026-11-03 08:05:20	issue		issued	\N	\N	{"priority": true}
c07ac661-b6f3-49df-88f8-db6d95aa7a7d	009a0974-a3c4-48e4-8f75-1855ca936493	2026-11-03 08:05:20	printed	issued	waiting	\N	\N	{}
2154a1bd-3bae-484b-b451-b4057a91ca7c	1cdf694f-5588-40e5-a15a-caf17a06c8c5	2026-11-03 08:06:00	issue		issued	\N	\N	{"priority": false}
a87b51c7-00ae-44a1-aa94-9cfbdb5c3976	1cdf694f-5588-40e5-a15a-caf17a06c8c5	2026-11-03 08:06:00	print_failed	issued	cancelled	\N	\N	{}
fe851633-d39c-4b36-8a6c-0aa5958b5be7	2b44aaf5-4927-420a-9950-a78039bb6265	2026-11-03 08:08:00	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
848abcec-c755-42da-bf66-d7bcd644e725	2b44aaf5-4927-420a-9950-a78039bb6265	2026-11-03 08:08:30	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
efddcfe3-4bcd-4fe0-92dc-a2c9d86e5f64	2b44aaf5-4927-420a-9950-a78039bb6265	2026-11-03 08:14:30	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
578fbe08-9094-4e77-b77d-779a6d1d2a90	c5434b7d-8c15-4ee2-b85f-62e318629a8a	2026-11-03 08:14:30	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
15d9f237-764b-4fb3-9a49-c2792949cc8c	c5434b7d-8c15-4ee2-b85f-62e318629a8a	2026-11-03 08:15:00	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
992c2bd8-ebe7-4960-9933-118ca7fc9415	c5434b7d-8c15-4ee2-b85f-62e318629a8a	2026-11-03 08:24:00	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
7841191e-27fa-44bb-8163-7853d1b08043	009a0974-a3c4-48e4-8f75-1855ca936493	2026-11-03 08:24:00	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
baec9174-169d-4c46-a254-6ae4f76e37a7	009a0974-a3c4-48e4-8f75-1855ca936493	2026-11-03 08:27:00	no_show	called	no_show	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
a665e36b-e992-47ed-937d-216507c11c85	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:27:00	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
664ae4bf-816b-4a73-9138-85ee63d92e77	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:27:20	serve	called	serving	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
d880fb06-2ad4-4364-b446-005a2de3a4f8	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:29:20	transfer	serving	waiting	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{"from_service": "1a6cd083-1619-44fa-a224-edf60e20a254", "to_service": "f7fd8b2d-fc26-45b7-90fb-8b8d91076163"}
d2ef3683-eceb-4ff4-98d3-dba487e2ece5	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:30:20	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
7f607e7f-c353-4f57-bbb6-719dd7afd05d	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:30:20	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
661ec299-6de2-4d26-a28c-40cec54a2c44	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:31:20	hold	serving	held	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
bc3c3b95-3b7c-4f4b-b497-39bfde0a47b3	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:35:20	resume	held	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
4c879445-4a70-4d2b-a3d7-905f4f26fe04	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:35:50	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
8b01c197-cacb-413c-a09c-bc7db48722eb	eacd46f1-b867-468c-a4c4-0e37e9503c09	2026-11-03 08:40:50	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
d5440fb0-ef36-4cd1-a802-6bf5ece8c7be	13fe2120-77ed-41da-ac76-cdf5ace39d50	2026-11-03 08:40:50	call	waiting	called	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
b9b8f594-966d-4abf-aab4-fd78607147c0	13fe2120-77ed-41da-ac76-cdf5ace39d50	2026-11-03 08:40:50	serve	called	serving	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
5b134bb0-47ab-4da0-b714-ceeb755cc028	13fe2120-77ed-41da-ac76-cdf5ace39d50	2026-11-03 08:52:50	finish	serving	done	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
09880fc8-74ee-445b-9086-85e0bf16d60a	ace27954-0629-45b7-8ec7-16f7b9422f62	2026-11-03 08:52:50	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
f4b49c2d-a3b1-4617-9a57-3217d2ef9b64	ace27954-0629-45b7-8ec7-16f7b9422f62	2026-11-03 08:52:50	serve	called	serving	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
d3b6f953-1e76-428d-bb8f-1472706cc1a6	ace27954-0629-45b7-8ec7-16f7b9422f62	2026-11-03 08:52:50	finish	serving	done	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{"intake": true}
52287487-efb7-478e-a1f7-d1edf70823d8	5dbd7cd1-0e12-4492-a144-18632b67b470	2026-11-04 08:00:00	issue		issued	\N	\N	{"priority": false}
a167ea4b-29c1-48a8-815e-ca3a7c05ada7	5dbd7cd1-0e12-4492-a144-18632b67b470	2026-11-04 08:00:00	printed	issued	waiting	\N	\N	{}
ff135d6c-8662-489c-942c-68c2346011ef	c7d60340-706b-4098-9486-16b1650b6053	2026-11-04 08:00:40	issue		issued	\N	\N	{"priority": false}
145b5ccd-1a60-4032-83ac-794fba4d71a1	c7d60340-706b-4098-9486-16b1650b6053	2026-11-04 08:00:40	printed	issued	waiting	\N	\N	{}
fef88de3-f220-4133-b863-501651941d91	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:01:20	issue		issued	\N	\N	{"priority": false}
b34b2bf8-295c-40f3-a271-9a8eef36b4e0	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:01:20	printed	issued	waiting	\N	\N	{}
4a44c066-6a75-448a-bdf9-da6e2a084d0e	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	2026-11-04 08:02:00	issue		issued	\N	\N	{"priority": false}
11b65789-dbf6-4be6-8c5a-83e460f98787	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	2026-11-04 08:02:00	printed	issued	waiting	\N	\N	{}
24e71066-2bca-4ddf-8894-c7ef5eb18237	0cb801c8-5a0d-4700-9037-d1807fe92202	2026-11-04 08:02:40	issue		issued	\N	\N	{"priority": false}
63fcebbc-3ef7-4281-82cc-a8a0abc9a52f	0cb801c8-5a0d-4700-9037-d1807fe92202	2026-11-04 08:02:40	printed	issued	waiting	\N	\N	{}
aae7d850-23b0-4e58-bd5a-64c4a76b14b9	db04b10e-52c6-453e-9ddd-428e374c2b20	2026-11-04 08:03:20	issue		issued	\N	\N	{"priority": false}
9d870d2d-7ea5-4aab-bc50-90533883c666	db04b10e-52c6-453e-9ddd-428e374c2b20	2026-11-04 08:03:20	printed	issued	waiting	\N	\N	{}
32050a0c-76a9-4441-be59-a83fdda3f748	ffd59699-fafd-49cf-a97e-8967e22546bb	2026-11-04 08:04:00	issue		issued	\N	\N	{"priority": false}
14672ae1-1967-47a8-a428-d936ef597d00	ffd59699-fafd-49cf-a97e-8967e22546bb	2026-11-04 08:04:00	printed	issued	waiting	\N	\N	{}
944697d2-a4e1-4999-bf7a-016e823c0681	e4eba37b-9fcf-4e40-b471-0e089d63dd9a	2026-11-04 08:04:40	issue		issued	\N	\N	{"priority": false}
c78a6eeb-0c52-4d95-9baf-359a229bac66	e4eba37b-9fcf-4e40-b471-0e089d63dd9a	2026-11-04 08:04:40	printed	issued	waiting	\N	\N	{}
810fb1c4-a578-41a9-81f6-b847a183c414	c43a110f-5c86-49d2-90c1-f5dfbc0320af	2026-11-04 08:05:20	issue		issued	\N	\N	{"priority": true}
802ffca2-3e97-4842-961f-c29fb57f842a	c43a110f-5c86-49d2-90c1-f5dfbc0320af	2026-11-04 08:05:20	printed	issued	waiting	\N	\N	{}
e7c951ba-beda-41bb-a02c-acefa6c07e95	7bd2dd9b-398b-412e-a878-8e875003523c	2026-11-04 08:06:00	issue		issued	\N	\N	{"priority": false}
9f5e8972-6fbb-4aa3-bae5-0aaec63292ed	7bd2dd9b-398b-412e-a878-8e875003523c	2026-11-04 08:06:00	print_failed	issued	cancelled	\N	\N	{}
0286c6e6-6273-4615-8881-a97f2d201454	c43a110f-5c86-49d2-90c1-f5dfbc0320af	2026-11-04 08:08:00	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
916a2c77-67bf-43db-8930-9be3554a5f9b	c43a110f-5c86-49d2-90c1-f5dfbc0320af	2026-11-04 08:08:30	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
61a228d9-abaf-4bf0-a5ea-ce172affd645	c43a110f-5c86-49d2-90c1-f5dfbc0320af	2026-11-04 08:14:30	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
d04e4e5c-a748-4401-a26f-abfadd620621	5dbd7cd1-0e12-4492-a144-18632b67b470	2026-11-04 08:14:30	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
a009e739-6e54-4d8f-b907-8243babfc75b	5dbd7cd1-0e12-4492-a144-18632b67b470	2026-11-04 08:15:00	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
b660f8a6-26a9-4225-bcc1-fec73e5a1e4d	5dbd7cd1-0e12-4492-a144-18632b67b470	2026-11-04 08:24:00	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
9792a92f-ac8f-43ca-afac-938246a86502	c7d60340-706b-4098-9486-16b1650b6053	2026-11-04 08:24:00	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
001be961-8aae-4695-a722-98ae8b445171	c7d60340-706b-4098-9486-16b1650b6053	2026-11-04 08:27:00	no_show	called	no_show	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
508cf1b4-36db-4fd7-8245-0c1f8e5018eb	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:27:00	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
03f938dc-fa8c-4fb1-ad4f-75cdb8e22ee0	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:27:20	serve	called	serving	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
62e0d913-627c-4107-8515-0d6abf5d1e83	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:29:20	transfer	serving	waiting	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{"from_service": "1a6cd083-1619-44fa-a224-edf60e20a254", "to_service": "f7fd8b2d-fc26-45b7-90fb-8b8d91076163"}
a6b731b7-c856-4ea9-938c-e9962b22478e	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:30:20	call	waiting	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
13f2dfa6-89ed-4563-9518-375c4c6db4d2	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:30:20	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
4971a417-bec0-4e0c-9eb0-7a0cb41b77f1	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:31:20	hold	serving	held	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
2ed7cb4d-e1b8-4dff-a7f5-fd1f193a0f2b	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:35:20	resume	held	called	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
474f8179-abf2-46e3-978b-879d9ecf65df	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:35:50	serve	called	serving	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
75a0e50e-e9c2-40e5-8e00-52005baf1ea2	44b3f963-c811-4769-ba7e-5df0ab005878	2026-11-04 08:40:50	finish	serving	done	e96b160c-cc68-4b29-a886-c945c5f9a484	f28126fa-c935-42b3-84fa-6ba77b0b2445	{}
b9fd03ed-88b2-42f4-af89-8be4ccfab190	db04b10e-52c6-453e-9ddd-428e374c2b20	2026-11-04 08:40:50	call	waiting	called	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
89f62b97-04fe-437b-8289-0d9be7b2c82c	db04b10e-52c6-453e-9ddd-428e374c2b20	2026-11-04 08:40:50	serve	called	serving	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
5f45c765-5e59-4bfa-b415-7226cf695d01	db04b10e-52c6-453e-9ddd-428e374c2b20	2026-11-04 08:52:50	finish	serving	done	aee80cfe-2403-4006-a4c1-b8ee0acaeb96	cb7254d2-6131-49fe-bfc4-17533793ad72	{}
e762b726-5b39-4e4c-b430-077d08565e4c	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	2026-11-04 08:52:50	call	waiting	called	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
fc1dffb0-73d2-496e-85cf-3c51245281d0	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	2026-11-04 08:52:50	serve	called	serving	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{}
03ae7147-a116-4abb-84c0-4cede8a29d64	a5faeb9f-c5bb-42c2-b4e5-69e9ada80cdd	2026-11-04 08:52:50	finish	serving	done	54545dbe-e365-496c-bafa-76cf8adce813	210ad97f-6955-458c-aef5-2399d38cc0de	{"intake": true}
\.


--
-- Data for Name: user_account; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_account (id, username, full_name, nip, role, password_hash, active, failed_logins, locked_until, created_at, last_login_at) FROM stdin;
cb7254d2-6131-49fe-bfc4-17533793ad72	admin	Admin Sistem		admin	$argon2id$v=19$m=65536,t=3,p=4$Qc3pUTiuYd6eXcSUqP8UHA$rIo3NfIUhs6mUuAg3KSDq6Z+ypiNjzhFenmGM9ZxucI	t	0	\N	2026-11-02 07:30:00	2026-11-02 07:30:00
ed79416b-84ba-4abc-9738-863d5a129212	supervisor	Dra. Sri Wahyuni, M.Si.	196805121993032004	supervisor	$argon2id$v=19$m=65536,t=3,p=4$0kkRtfB9mgf4vUf1BF4MxQ$Vp9XOh2YbRIMT7bsO+JzYHBViBKNR+x8h1Fc6ZLvHzE	t	0	\N	2026-11-02 07:30:00	\N
b66c4419-c798-4512-9004-a9413ae0817f	loket3	Rudi Hartono, A.Md.		petugas_loket	$argon2id$v=19$m=65536,t=3,p=4$sOT/TQzXhiM7WEWO61V4kg$PoMP+CEMzC/bAGmgh3xPSB+3aobbF0CGLOMCLeFZEtA	f	0	\N	2026-11-02 07:30:00	\N
210ad97f-6955-458c-aef5-2399d38cc0de	loket2	Dewi Lestari		petugas_loket	$argon2id$v=19$m=65536,t=3,p=4$n6WS9e0k3ot1pi2t5t76gw$PEQ92aMQHz7uAZctB+xfMGeaCfJJ02oKzjN31JCB8R4	t	0	\N	2026-11-02 07:30:00	2026-11-02 07:30:00
7b7b03ce-8259-4e5f-b02e-cba73466fac5	pengantar	Bambang Setiawan, S.E.	197903142006041012	pengantar_kerja	$argon2id$v=19$m=65536,t=3,p=4$MQAa3dqCCOPXimJTMtSJ5Q$3knTz11T688mlmcp7qlBBZTzNkWlno0rNnePFMmUpdY	t	0	\N	2026-11-02 07:30:00	2026-11-02 07:30:00
a27ea4b5-5a4a-4b15-9c52-a51326ead82d	verifikator	Nur Aini Rahmawati, S.H.	198507222010012018	verifikator	$argon2id$v=19$m=65536,t=3,p=4$B6dHje1VKiADwy9784zmjg$eCb8XHi+nSfUICthyhotzaMvbVADPZ6ywvUEHzZXUmg	t	0	\N	2026-11-02 07:30:00	2026-11-02 07:30:00
f28126fa-c935-42b3-84fa-6ba77b0b2445	loket1	Ahmad Fauzi		petugas_loket	$argon2id$v=19$m=65536,t=3,p=4$KtFwsSPCi1JgO/bnTSQMpA$+qXqLQBcgTRTiRdTbNETXbMkgzMWoCo37TWkE21T0Co	t	0	\N	2026-11-02 07:30:00	2026-11-04 15:30:00
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: applicant pk_applicant; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applicant
    ADD CONSTRAINT pk_applicant PRIMARY KEY (id);


--
-- Name: application pk_application; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT pk_application PRIMARY KEY (id);


--
-- Name: application_counter pk_application_counter; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_counter
    ADD CONSTRAINT pk_application_counter PRIMARY KEY (code, year);


--
-- Name: application_step pk_application_step; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_step
    ADD CONSTRAINT pk_application_step PRIMARY KEY (id);


--
-- Name: audit_entry pk_audit_entry; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry
    ADD CONSTRAINT pk_audit_entry PRIMARY KEY (id);


--
-- Name: call_event pk_call_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.call_event
    ADD CONSTRAINT pk_call_event PRIMARY KEY (id);


--
-- Name: counter pk_counter; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter
    ADD CONSTRAINT pk_counter PRIMARY KEY (id);


--
-- Name: counter_service pk_counter_service; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter_service
    ADD CONSTRAINT pk_counter_service PRIMARY KEY (counter_id, service_id);


--
-- Name: intake pk_intake; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake
    ADD CONSTRAINT pk_intake PRIMARY KEY (id);


--
-- Name: intake_attachment pk_intake_attachment; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_attachment
    ADD CONSTRAINT pk_intake_attachment PRIMARY KEY (id);


--
-- Name: intake_item pk_intake_item; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_item
    ADD CONSTRAINT pk_intake_item PRIMARY KEY (intake_id, requirement_id);


--
-- Name: local_day_off pk_local_day_off; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_day_off
    ADD CONSTRAINT pk_local_day_off PRIMARY KEY (day);


--
-- Name: office_setting pk_office_setting; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.office_setting
    ADD CONSTRAINT pk_office_setting PRIMARY KEY (key);


--
-- Name: service pk_service; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT pk_service PRIMARY KEY (id);


--
-- Name: service_requirement pk_service_requirement; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_requirement
    ADD CONSTRAINT pk_service_requirement PRIMARY KEY (id);


--
-- Name: service_step pk_service_step; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_step
    ADD CONSTRAINT pk_service_step PRIMARY KEY (id);


--
-- Name: ticket pk_ticket; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT pk_ticket PRIMARY KEY (id);


--
-- Name: ticket_counter pk_ticket_counter; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_counter
    ADD CONSTRAINT pk_ticket_counter PRIMARY KEY (service_id, day);


--
-- Name: ticket_event pk_ticket_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_event
    ADD CONSTRAINT pk_ticket_event PRIMARY KEY (id);


--
-- Name: user_account pk_user_account; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT pk_user_account PRIMARY KEY (id);


--
-- Name: application_step uq_application_step_application_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_step
    ADD CONSTRAINT uq_application_step_application_id UNIQUE (application_id, seq);


--
-- Name: application uq_application_tracking_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT uq_application_tracking_number UNIQUE (tracking_number);


--
-- Name: counter uq_counter_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter
    ADD CONSTRAINT uq_counter_number UNIQUE (number);


--
-- Name: service uq_service_code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT uq_service_code UNIQUE (code);


--
-- Name: service uq_service_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT uq_service_key UNIQUE (key);


--
-- Name: service_requirement uq_service_requirement_service_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_requirement
    ADD CONSTRAINT uq_service_requirement_service_id UNIQUE (service_id, variant, "position");


--
-- Name: service_step uq_service_step_service_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_step
    ADD CONSTRAINT uq_service_step_service_id UNIQUE (service_id, "position");


--
-- Name: service uq_service_ticket_prefix; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT uq_service_ticket_prefix UNIQUE (ticket_prefix);


--
-- Name: ticket uq_ticket_origin_service_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT uq_ticket_origin_service_id UNIQUE (origin_service_id, day, number);


--
-- Name: user_account uq_user_account_username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT uq_user_account_username UNIQUE (username);


--
-- Name: ix_applicant_name_folded; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_applicant_name_folded ON public.applicant USING btree (name_folded);


--
-- Name: ix_applicant_nib; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_applicant_nib ON public.applicant USING btree (nib);


--
-- Name: ix_applicant_nik; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_applicant_nik ON public.applicant USING btree (nik);


--
-- Name: ix_applicant_npsn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_applicant_npsn ON public.applicant USING btree (npsn);


--
-- Name: ix_applicant_npwp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_applicant_npwp ON public.applicant USING btree (npwp);


--
-- Name: ix_application_applicant; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_application_applicant ON public.application USING btree (applicant_id);


--
-- Name: ix_application_service_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_application_service_status ON public.application USING btree (service_id, status);


--
-- Name: ix_application_status_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_application_status_due ON public.application USING btree (status, due_at);


--
-- Name: ix_audit_entry_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_entry_at ON public.audit_entry USING btree (at);


--
-- Name: ix_call_event_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_call_event_at ON public.call_event USING btree (at);


--
-- Name: ix_intake_applicant_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_intake_applicant_status ON public.intake USING btree (applicant_id, status);


--
-- Name: ix_intake_attachment_intake; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_intake_attachment_intake ON public.intake_attachment USING btree (intake_id);


--
-- Name: ix_service_requirement_service_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_service_requirement_service_id ON public.service_requirement USING btree (service_id);


--
-- Name: ix_service_step_service_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_service_step_service_id ON public.service_step USING btree (service_id);


--
-- Name: ix_ticket_day_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_day_status ON public.ticket USING btree (day, status);


--
-- Name: ix_ticket_event_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_event_ticket ON public.ticket_event USING btree (ticket_id, at);


--
-- Name: ix_ticket_service_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_service_status ON public.ticket USING btree (service_id, status, issued_at);


--
-- Name: application fk_application_applicant_id_applicant; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT fk_application_applicant_id_applicant FOREIGN KEY (applicant_id) REFERENCES public.applicant(id);


--
-- Name: application fk_application_intake_id_intake; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT fk_application_intake_id_intake FOREIGN KEY (intake_id) REFERENCES public.intake(id);


--
-- Name: application fk_application_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT fk_application_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id);


--
-- Name: application_step fk_application_step_application_id_application; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_step
    ADD CONSTRAINT fk_application_step_application_id_application FOREIGN KEY (application_id) REFERENCES public.application(id);


--
-- Name: call_event fk_call_event_counter_id_counter; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.call_event
    ADD CONSTRAINT fk_call_event_counter_id_counter FOREIGN KEY (counter_id) REFERENCES public.counter(id);


--
-- Name: call_event fk_call_event_ticket_id_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.call_event
    ADD CONSTRAINT fk_call_event_ticket_id_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: counter_service fk_counter_service_counter_id_counter; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter_service
    ADD CONSTRAINT fk_counter_service_counter_id_counter FOREIGN KEY (counter_id) REFERENCES public.counter(id) ON DELETE CASCADE;


--
-- Name: counter_service fk_counter_service_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter_service
    ADD CONSTRAINT fk_counter_service_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id) ON DELETE CASCADE;


--
-- Name: intake fk_intake_applicant_id_applicant; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake
    ADD CONSTRAINT fk_intake_applicant_id_applicant FOREIGN KEY (applicant_id) REFERENCES public.applicant(id);


--
-- Name: intake_attachment fk_intake_attachment_intake_id_intake; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_attachment
    ADD CONSTRAINT fk_intake_attachment_intake_id_intake FOREIGN KEY (intake_id) REFERENCES public.intake(id) ON DELETE CASCADE;


--
-- Name: intake_attachment fk_intake_attachment_requirement_id_service_requirement; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_attachment
    ADD CONSTRAINT fk_intake_attachment_requirement_id_service_requirement FOREIGN KEY (requirement_id) REFERENCES public.service_requirement(id);


--
-- Name: intake_item fk_intake_item_intake_id_intake; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_item
    ADD CONSTRAINT fk_intake_item_intake_id_intake FOREIGN KEY (intake_id) REFERENCES public.intake(id) ON DELETE CASCADE;


--
-- Name: intake_item fk_intake_item_requirement_id_service_requirement; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_item
    ADD CONSTRAINT fk_intake_item_requirement_id_service_requirement FOREIGN KEY (requirement_id) REFERENCES public.service_requirement(id);


--
-- Name: intake fk_intake_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake
    ADD CONSTRAINT fk_intake_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id);


--
-- Name: intake fk_intake_ticket_id_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake
    ADD CONSTRAINT fk_intake_ticket_id_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: service_requirement fk_service_requirement_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_requirement
    ADD CONSTRAINT fk_service_requirement_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id) ON DELETE CASCADE;


--
-- Name: service_step fk_service_step_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_step
    ADD CONSTRAINT fk_service_step_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id) ON DELETE CASCADE;


--
-- Name: ticket fk_ticket_counter_id_counter; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT fk_ticket_counter_id_counter FOREIGN KEY (counter_id) REFERENCES public.counter(id);


--
-- Name: ticket_counter fk_ticket_counter_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_counter
    ADD CONSTRAINT fk_ticket_counter_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id);


--
-- Name: ticket_event fk_ticket_event_ticket_id_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_event
    ADD CONSTRAINT fk_ticket_event_ticket_id_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: ticket fk_ticket_origin_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT fk_ticket_origin_service_id_service FOREIGN KEY (origin_service_id) REFERENCES public.service(id);


--
-- Name: ticket fk_ticket_service_id_service; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT fk_ticket_service_id_service FOREIGN KEY (service_id) REFERENCES public.service(id);


--
-- Name: ticket fk_ticket_target_counter_id_counter; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT fk_ticket_target_counter_id_counter FOREIGN KEY (target_counter_id) REFERENCES public.counter(id);


--
-- PostgreSQL database dump complete
--


