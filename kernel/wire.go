package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ProtocolVersion is the Jupyter messaging protocol version gonotes speaks.
const ProtocolVersion = "5.5"

// delimiter separates ZeroMQ routing identities from a Jupyter message.
var delimiter = []byte("<IDS|MSG>")

// Header is a Jupyter message header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message as it travels over a socket.
type Message struct {
	Identities [][]byte
	Header     Header
	// Parent is the raw parent header (the header of the request a reply or
	// an iopub message belongs to), "{}" when there is none.
	Parent   json.RawMessage
	Metadata map[string]any
	Content  json.RawMessage
	Buffers  [][]byte
	// rawHeader keeps the header bytes as received, to become the parent
	// of replies unchanged.
	rawHeader json.RawMessage
	// recv numbers the messages a kernel received, in order.
	recv uint64
}

// signer signs and verifies messages per the connection file's key and
// signature_scheme, and remembers the signatures of the messages it
// accepted, so that a message received twice (replayed by someone who
// could read it on the wire) is rejected, as jupyter_client's
// Session.digest_history does.
type signer struct {
	key     []byte
	newHash func() hash.Hash
	seen    sigHistory
	// macs keeps keyed HMACs for reuse: hmac.New hashes the key's
	// padded blocks and allocates two digests, for each of the six
	// messages a cell's round trip signs or verifies; Reset brings a used
	// one back to its keyed state.
	macs sync.Pool
}

// maxSignatures bounds the signatures a signer remembers: jupyter_client's
// digest_history_size (2**16). An older message replayed after that many
// newer ones is accepted again.
const maxSignatures = 1 << 16

// sigHistory is a bounded set of signatures: a ring of the last max ones,
// and a set of the same for lookup.
type sigHistory struct {
	mu   sync.Mutex
	max  int // 0 means maxSignatures
	ring []string
	next int
	set  map[string]struct{}
}

// add records sig and reports whether it was new.
func (h *sigHistory) add(sig []byte) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, dup := h.set[string(sig)]; dup {
		return false
	}
	limit := h.max
	if limit <= 0 {
		limit = maxSignatures
	}
	if h.set == nil {
		h.set = make(map[string]struct{})
	}
	key := string(sig)
	if len(h.ring) < limit {
		h.ring = append(h.ring, key)
	} else {
		delete(h.set, h.ring[h.next])
		h.ring[h.next] = key
		h.next = (h.next + 1) % limit
	}
	h.set[key] = struct{}{}
	return true
}

func newSigner(key, scheme string) (*signer, error) {
	s := &signer{key: []byte(key)}
	if scheme == "" {
		scheme = "hmac-sha256"
	}
	switch strings.ToLower(scheme) {
	case "hmac-sha256":
		s.newHash = sha256.New
	case "hmac-sha512":
		s.newHash = sha512.New
	case "hmac-sha384":
		s.newHash = sha512.New384
	case "hmac-sha224":
		s.newHash = sha256.New224
	case "hmac-sha1":
		s.newHash = sha1.New
	default:
		return nil, fmt.Errorf("unsupported signature_scheme %q (want hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1)", scheme)
	}
	return s, nil
}

func (s *signer) sign(parts ...[]byte) []byte {
	if len(s.key) == 0 {
		return nil
	}
	m, _ := s.macs.Get().(hash.Hash)
	if m == nil {
		m = hmac.New(s.newHash, s.key)
	}
	for _, p := range parts {
		m.Write(p)
	}
	var buf [sha512.Size]byte
	sum := m.Sum(buf[:0])
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	m.Reset()
	s.macs.Put(m)
	return out
}

// errBadSignature is returned by decode for a message whose HMAC does not
// match; such messages are dropped.
var errBadSignature = errors.New("invalid message signature")

// errReplayed is returned by decode for a correctly signed message whose
// signature was already seen: a replay. Such messages are dropped.
var errReplayed = errors.New("duplicate signature: the message was already received (a replayed message)")

// decode parses the frames of one message received on a ROUTER socket and
// verifies its signature; a signed message seen before is rejected with
// errReplayed. It never panics, whatever the frames hold.
func (s *signer) decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, errors.New("malformed message: no <IDS|MSG> delimiter")
	}
	if len(frames)-i-1 < 5 {
		return nil, fmt.Errorf("malformed message: %d frames after the delimiter, want at least 5", len(frames)-i-1)
	}
	sig, header, parent, meta, content := frames[i+1], frames[i+2], frames[i+3], frames[i+4], frames[i+5]
	if len(s.key) > 0 {
		want := s.sign(header, parent, meta, content)
		if !hmac.Equal(want, sig) {
			return nil, errBadSignature
		}
	}
	m := &Message{Identities: frames[:i], Buffers: frames[i+6:]}
	if err := json.Unmarshal(header, &m.Header); err != nil {
		return nil, fmt.Errorf("malformed header: %w", err)
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("malformed header: no msg_type")
	}
	m.rawHeader = append(json.RawMessage(nil), header...)
	if len(bytes.TrimSpace(parent)) == 0 || !json.Valid(parent) {
		parent = []byte("{}")
	}
	m.Parent = append(json.RawMessage(nil), parent...)
	if meta = bytes.TrimSpace(meta); len(meta) > 0 && !bytes.Equal(meta, emptyObject) {
		// Most requests carry {}: no map to make for it.
		if err := json.Unmarshal(meta, &m.Metadata); err != nil {
			return nil, fmt.Errorf("malformed metadata: %w", err)
		}
	}
	if !json.Valid(content) {
		return nil, errors.New("malformed content: not JSON")
	}
	m.Content = append(json.RawMessage(nil), content...)
	if len(s.key) > 0 && !s.seen.add(sig) {
		return nil, fmt.Errorf("%s %s: %w", m.Header.MsgType, m.Header.MsgID, errReplayed)
	}
	return m, nil
}

// encode returns the frames of m, signed.
func (s *signer) encode(m *Message) ([][]byte, error) {
	header, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("encode header: %w", err)
	}
	parent := []byte(m.Parent)
	if len(parent) == 0 {
		parent = []byte("{}")
	}
	meta := []byte("{}")
	if len(m.Metadata) > 0 {
		if meta, err = json.Marshal(m.Metadata); err != nil {
			return nil, fmt.Errorf("encode metadata: %w", err)
		}
	}
	content := []byte(m.Content)
	if len(content) == 0 {
		content = []byte("{}")
	}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, s.sign(header, parent, meta, content), header, parent, meta, content)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// emptyObject is the JSON of an empty metadata or content.
var emptyObject = []byte("{}")

// okReply returns the content of a successful execute_reply, as
// json.Marshal of its map would write it (keys in order).
func okReply(count int) json.RawMessage {
	b := make([]byte, 0, 80)
	b = append(b, `{"execution_count":`...)
	b = strconv.AppendInt(b, int64(count), 10)
	b = append(b, `,"payload":[],"status":"ok","user_expressions":{}}`...)
	return b
}

// statusContent returns the content of a status message; the usual states
// are made once.
func statusContent(state string) json.RawMessage {
	switch state {
	case "busy":
		return statusBusy
	case "idle":
		return statusIdle
	}
	b, _ := json.Marshal(struct {
		State string `json:"execution_state"`
	}{state})
	return b
}

var (
	statusBusy = json.RawMessage(`{"execution_state":"busy"}`)
	statusIdle = json.RawMessage(`{"execution_state":"idle"}`)
)

// inputContent is the content of an execute_input message, its fields in
// the order json.Marshal writes a map's keys.
type inputContent struct {
	Code  string `json:"code"`
	Count int    `json:"execution_count"`
}

// newID returns a random UUID-like identifier for msg_id and session.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// newMessage builds a message of type msgType from session whose parent is
// req (nil for none), with req's routing identities and username.
// A content that is a json.RawMessage is taken as it is (the caller made
// it valid JSON), without the validation and copy json.Marshal makes.
func newMessage(session string, req *Message, msgType string, content any) (*Message, error) {
	c, ok := content.(json.RawMessage)
	if !ok {
		var err error
		if c, err = json.Marshal(content); err != nil {
			return nil, fmt.Errorf("encode %s content: %w", msgType, err)
		}
	}
	m := &Message{
		Header: Header{
			MsgID:   newID(),
			MsgType: msgType,
			Session: session,
			Version: ProtocolVersion,
			Date:    time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		},
		Parent:  json.RawMessage("{}"),
		Content: c,
	}
	if req != nil {
		m.Identities = req.Identities
		m.Header.Username = req.Header.Username
		m.Parent = req.rawHeader
	}
	if m.Header.Username == "" {
		m.Header.Username = "gonotes"
	}
	return m, nil
}
