package multiprocessing

import (
	"encoding/binary"
	"errors"
	"math"
)

// wbuf builds a message: varints, strings and byte strings appended to b.
type wbuf struct {
	b []byte
	// task marks the arguments of a pool's task, which may not hold what
	// only inheritance can share (see inheritanceError).
	task bool
}

func (w *wbuf) byte1(c byte)      { w.b = append(w.b, c) }
func (w *wbuf) uvarint(x uint64)  { w.b = binary.AppendUvarint(w.b, x) }
func (w *wbuf) varint(x int64)    { w.b = binary.AppendVarint(w.b, x) }
func (w *wbuf) str(s string)      { w.uvarint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *wbuf) bytes(p []byte)    { w.uvarint(uint64(len(p))); w.b = append(w.b, p...) }
func (w *wbuf) float64(f float64) { w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(f)) }
func (w *wbuf) bool(v bool)       { w.byte1(b2i(v)) }
func (w *wbuf) duration(d int64)  { w.varint(d) }
func (w *wbuf) strs(list []string) {
	w.uvarint(uint64(len(list)))
	for _, s := range list {
		w.str(s)
	}
}
func (w *wbuf) items(list [][]byte) {
	w.uvarint(uint64(len(list)))
	for _, p := range list {
		w.bytes(p)
	}
}

func b2i(v bool) byte {
	if v {
		return 1
	}
	return 0
}

var errShort = errors.New("multiprocessing: malformed message")

// rbuf reads what wbuf wrote. The first error sticks; readers then return
// zero values, so a message is read field by field and checked once.
type rbuf struct {
	b   []byte
	err error
}

func (r *rbuf) fail() {
	if r.err == nil {
		r.err = errShort
	}
	r.b = nil
}

func (r *rbuf) byte1() byte {
	if len(r.b) < 1 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *rbuf) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *rbuf) varint() int64 {
	x, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *rbuf) n() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

// bytes returns a slice of the message (not a copy).
func (r *rbuf) bytes() []byte {
	n := r.n()
	p := r.b[:n:n]
	r.b = r.b[n:]
	return p
}

func (r *rbuf) str() string { return string(r.bytes()) }

func (r *rbuf) float64() float64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return f
}

func (r *rbuf) bool() bool { return r.byte1() != 0 }

func (r *rbuf) strs() []string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	list := make([]string, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		list = append(list, r.str())
	}
	return list
}

func (r *rbuf) items() [][]byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	list := make([][]byte, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		list = append(list, r.bytes())
	}
	return list
}
