package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"hash"
	"os"
	"path/filepath"
	"testing"
)

func TestSignAndDecodeRoundTrip(t *testing.T) {
	for _, scheme := range []string{"", "hmac-sha256", "hmac-sha512", "hmac-sha1", "hmac-sha384", "hmac-sha224"} {
		s, err := newSigner("secret", scheme)
		if err != nil {
			t.Fatalf("%s: %v", scheme, err)
		}
		m, _ := newMessage("sess", nil, "execute_request", map[string]any{"code": "1+1"})
		m.Identities = [][]byte{[]byte("client-1")}
		frames, err := s.encode(m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.decode(frames)
		if err != nil {
			t.Fatalf("%s: decode: %v", scheme, err)
		}
		if got.Header.MsgType != "execute_request" || string(got.Identities[0]) != "client-1" {
			t.Fatalf("%s: got %+v", scheme, got.Header)
		}
		var c struct{ Code string }
		_ = json.Unmarshal(got.Content, &c)
		if c.Code != "1+1" {
			t.Fatalf("%s: content %s", scheme, got.Content)
		}
		// Any change to a signed frame is detected.
		i := bytes.Index(bytes.Join(frames, nil), []byte("1+1"))
		if i < 0 {
			t.Fatal("content not found")
		}
		frames[len(frames)-1] = []byte(`{"code":"1+2"}`)
		if _, err := s.decode(frames); !errors.Is(err, errBadSignature) {
			t.Fatalf("%s: tampered content: err = %v, want bad signature", scheme, err)
		}
	}
}

func TestUnknownSchemeRejected(t *testing.T) {
	if _, err := newSigner("k", "hmac-md5"); err == nil {
		t.Fatal("hmac-md5 accepted")
	}
}

func TestEmptyKeyMeansUnsigned(t *testing.T) {
	s, _ := newSigner("", "hmac-sha256")
	m, _ := newMessage("sess", nil, "kernel_info_request", map[string]any{})
	frames, _ := s.encode(m)
	if len(frames[1]) != 0 {
		t.Fatalf("signature %q, want empty", frames[1])
	}
	frames[1] = []byte("anything")
	if _, err := s.decode(frames); err != nil {
		t.Fatalf("unsigned kernel checked a signature: %v", err)
	}
}

func TestDecodeMalformed(t *testing.T) {
	s, _ := newSigner("", "")
	cases := map[string][][]byte{
		"no delimiter":   {[]byte("id"), []byte("{}")},
		"too few frames": {[]byte("<IDS|MSG>"), []byte(""), []byte("{}")},
		"bad header":     {[]byte("<IDS|MSG>"), nil, []byte("{"), []byte("{}"), []byte("{}"), []byte("{}")},
		"no msg_type":    {[]byte("<IDS|MSG>"), nil, []byte(`{"msg_id":"1"}`), []byte("{}"), []byte("{}"), []byte("{}")},
		"bad content":    {[]byte("<IDS|MSG>"), nil, []byte(`{"msg_type":"x"}`), []byte("{}"), []byte("{}"), []byte("{")},
		"bad metadata":   {[]byte("<IDS|MSG>"), nil, []byte(`{"msg_type":"x"}`), []byte("{}"), []byte("[1,"), []byte("{}")},
	}
	for name, frames := range cases {
		if _, err := s.decode(frames); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

// FuzzDecode checks that no sequence of frames makes decoding panic.
// Seeds are in testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	s, _ := newSigner("key", "hmac-sha256")
	m, _ := newMessage("sess", nil, "execute_request", map[string]any{"code": "fmt.Println(1)"})
	good, _ := s.encode(m)
	f.Add(bytes.Join(good, []byte{0xff}), uint8(0))
	f.Add([]byte("<IDS|MSG>\xff\xff{}\xff{}\xff{}\xff{}"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, keyless uint8) {
		frames := bytes.Split(data, []byte{0xff})
		signer := s
		if keyless%2 == 1 {
			signer, _ = newSigner("", "")
		}
		msg, err := signer.decode(frames)
		if err == nil && msg.Header.MsgType == "" {
			t.Fatal("decoded a message with no msg_type")
		}
	})
}

func TestFuzzSeedCorpusPresent(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("testdata", "fuzz", "FuzzDecode"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("seed corpus missing: %v", err)
	}
}

func TestSignatureHistory(t *testing.T) {
	s, _ := newSigner("key", "hmac-sha256")
	m, _ := newMessage("sess", nil, "execute_request", map[string]any{"code": "1"})
	frames, _ := s.encode(m)
	if _, err := s.decode(frames); err != nil {
		t.Fatal(err)
	}
	if _, err := s.decode(frames); !errors.Is(err, errReplayed) {
		t.Fatalf("second decode: %v, want errReplayed", err)
	}
	// Without a key nothing is signed, so nothing is remembered.
	keyless, _ := newSigner("", "")
	frames, _ = keyless.encode(m)
	for i := 0; i < 2; i++ {
		if _, err := keyless.decode(frames); err != nil {
			t.Fatalf("keyless decode %d: %v", i, err)
		}
	}
	// The memory is bounded: the oldest signature is forgotten first.
	h := &sigHistory{max: 3}
	for _, sig := range []string{"a", "b", "c", "d"} {
		if !h.add([]byte(sig)) {
			t.Fatalf("%s: reported as seen", sig)
		}
	}
	if len(h.set) != 3 || len(h.ring) != 3 {
		t.Fatalf("history holds %d/%d signatures, want 3", len(h.set), len(h.ring))
	}
	if h.add([]byte("d")) || h.add([]byte("c")) {
		t.Fatal("a recent signature was not remembered")
	}
	if !h.add([]byte("a")) {
		t.Fatal("the oldest signature was not forgotten")
	}
}

// TestFixedContents checks that the contents written without maps (the
// status, execute_input and a successful execute_reply) are the JSON the
// maps they replaced made.
func TestFixedContents(t *testing.T) {
	same := func(name string, got any, want map[string]any) {
		t.Helper()
		g, err := json.Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := json.Marshal(want)
		if string(g) != string(w) {
			t.Errorf("%s: got %s, want %s", name, g, w)
		}
	}
	for _, n := range []int{0, 7, 123456} {
		same("execute_reply", okReply(n), map[string]any{
			"status": "ok", "execution_count": n, "user_expressions": map[string]any{}, "payload": []any{},
		})
	}
	for _, s := range []string{"busy", "idle", "starting"} {
		same("status "+s, statusContent(s), map[string]any{"execution_state": s})
	}
	code := "a := \"<b>&\"\n\tfmt.Println(a, '\\u2028')"
	same("execute_input", inputContent{Code: code, Count: 3}, map[string]any{"code": code, "execution_count": 3})
}

// A signer reuses its keyed HMACs: signatures made one after another, of
// every scheme, are those of a fresh HMAC each time, and signing
// allocates only the signature and its digest (a new HMAC each time
// took 5 allocations more).
func TestSignerReusesItsHMACs(t *testing.T) {
	msgs := [][4][]byte{
		{[]byte(`{"msg_id":"1"}`), []byte(`{}`), []byte(`{}`), []byte(`{"code":"1"}`)},
		{[]byte(`{"msg_id":"2"}`), []byte(`{"msg_id":"1"}`), []byte(`{}`), []byte(`{"execution_state":"idle"}`)},
		{nil, nil, nil, nil},
	}
	for _, c := range []struct {
		scheme string
		hash   func() hash.Hash
	}{
		{"hmac-sha256", sha256.New}, {"hmac-sha512", sha512.New}, {"hmac-sha384", sha512.New384},
		{"hmac-sha224", sha256.New224}, {"hmac-sha1", sha1.New},
	} {
		s, err := newSigner("a key", c.scheme)
		if err != nil {
			t.Fatal(err)
		}
		for round := 0; round < 3; round++ {
			for i, m := range msgs {
				fresh := hmac.New(c.hash, []byte("a key"))
				for _, p := range m {
					fresh.Write(p)
				}
				want := hex.EncodeToString(fresh.Sum(nil))
				if got := string(s.sign(m[:]...)); got != want {
					t.Errorf("%s, round %d, message %d: signature %s, want %s", c.scheme, round, i, got, want)
				}
			}
		}
	}
	if raceEnabled {
		return // the pool of HMACs drops them at random under the race detector
	}
	s, _ := newSigner("a key", "hmac-sha256")
	if n := testing.AllocsPerRun(100, func() { s.sign(msgs[0][:]...) }); n > 2 {
		t.Errorf("signing allocates %v times, want at most 2 (the signature and its digest)", n)
	}
}
