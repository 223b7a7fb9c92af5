package multiprocessing

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

// Authentication of the connections between the processes of a session.
//
// Every process of a session listens on a unix socket (on Linux in the
// abstract namespace, which has no file permissions), so anyone on the
// machine could dial it. As Python's multiprocessing does with its
// authkey, the session has a random key, made by the main process and
// given to each child in its first message on the socket pair it inherits
// (never in the environment or on the command line). A dialed connection
// is only used after both ends have proved that they hold the key: each
// sends the other a random challenge and checks the HMAC-SHA256 of it
// under the key (Python's deliver_challenge and answer_challenge, in the
// same order: the listening end challenges first). Before that, each end
// checks with SO_PEERCRED that the other runs as the same user, and frames
// are limited to a few bytes.

// Handshake frame ops (after opResult).
const (
	opChallenge byte = 64 + iota // a random challenge
	opAnswer                     // the HMAC of the challenge under the session key
	opWelcome                    // the answer was right
	opFailure                    // the answer was wrong: the connection closes
)

const (
	keyLen           = 32
	challengeLen     = 32
	handshakeMax     = 128 // the largest handshake frame
	handshakeTimeout = 10 * time.Second
)

var (
	errAuth      = errors.New("multiprocessing: the other process does not hold this session's key")
	errForeignID = errors.New("multiprocessing: the other process runs as another user")
)

// newKey returns a random session key.
func newKey() []byte {
	k := make([]byte, keyLen)
	if _, err := rand.Read(k); err != nil {
		panic(fmt.Sprintf("multiprocessing: no random numbers for the session key: %v", err))
	}
	return k
}

// answerFor returns the proof that the key holder saw challenge.
func answerFor(key, challenge []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("gonotes multiprocessing challenge\x00"))
	m.Write(challenge)
	return m.Sum(nil)
}

// authAccepted authenticates a connection accepted by this process's
// listener: same user, then the key, challenged first.
func authAccepted(c net.Conn, key []byte) error {
	return handshake(c, func() error {
		if err := deliverChallenge(c, key); err != nil {
			return err
		}
		return answerChallenge(c, key)
	})
}

// authDialed authenticates a connection this process dialed.
func authDialed(c net.Conn, key []byte) error {
	return handshake(c, func() error {
		if err := answerChallenge(c, key); err != nil {
			return err
		}
		return deliverChallenge(c, key)
	})
}

func handshake(c net.Conn, steps func() error) error {
	if err := checkPeerUser(c); err != nil {
		return err
	}
	c.SetDeadline(time.Now().Add(handshakeTimeout))
	defer c.SetDeadline(time.Time{})
	return steps()
}

func deliverChallenge(c net.Conn, key []byte) error {
	challenge := make([]byte, challengeLen)
	if _, err := rand.Read(challenge); err != nil {
		return fmt.Errorf("multiprocessing: %w", err)
	}
	if err := writeFrame(c, opChallenge, challenge); err != nil {
		return err
	}
	f, err := readSmallFrame(c)
	if err != nil {
		return err
	}
	if f.op != opAnswer || !hmac.Equal(f.body, answerFor(key, challenge)) {
		writeFrame(c, opFailure, nil)
		return errAuth
	}
	return writeFrame(c, opWelcome, nil)
}

func answerChallenge(c net.Conn, key []byte) error {
	f, err := readSmallFrame(c)
	if err != nil {
		return err
	}
	if f.op != opChallenge || len(f.body) != challengeLen {
		return errAuth
	}
	if err := writeFrame(c, opAnswer, answerFor(key, f.body)); err != nil {
		return err
	}
	if f, err = readSmallFrame(c); err != nil {
		return err
	}
	if f.op != opWelcome {
		return errAuth
	}
	return nil
}

// writeFrame writes one frame, unbuffered (the handshake).
func writeFrame(w io.Writer, op byte, body []byte) error {
	b := make([]byte, 5, 5+len(body))
	binary.LittleEndian.PutUint32(b[:4], uint32(len(body)+1))
	b[4] = op
	_, err := w.Write(append(b, body...))
	return err
}

// readSmallFrame reads one handshake frame: anything longer than
// handshakeMax is refused before it is read.
func readSmallFrame(r io.Reader) (frame, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return frame{}, fmt.Errorf("multiprocessing: handshake: %w", err)
	}
	n := binary.LittleEndian.Uint32(hdr[:])
	if n == 0 || n > handshakeMax {
		return frame{}, fmt.Errorf("multiprocessing: handshake: a frame of %d bytes (at most %d)", n, handshakeMax)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return frame{}, fmt.Errorf("multiprocessing: handshake: %w", err)
	}
	return frame{op: buf[0], body: buf[1:]}, nil
}

// refused reports a connection that failed authentication on this
// process's standard error: someone tried to reach the session. (A
// variable, for tests.)
var refused = func(err error) {
	fmt.Fprintf(os.Stderr, "multiprocessing: refused a connection to process %d: %v\n", os.Getpid(), err)
}
