package multiprocessing

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"unsafe"

	"github.com/gonotes/gonotes/lib/internal/pyrepr"
)

// ctype describes a Python array typecode.
type ctype struct {
	size  int
	name  string // ctypes name, for String
	float bool
	sign  bool
	char  bool // "c": an element is a byte, shown as Python's bytes of length 1
	wchar bool // "u": an element is a character, Python's str of length 1
}

var ctypes = map[string]ctype{
	"b": {1, "c_byte", false, true, false, false}, "B": {1, "c_ubyte", false, false, false, false},
	"h": {2, "c_short", false, true, false, false}, "H": {2, "c_ushort", false, false, false, false},
	"i": {4, "c_int", false, true, false, false}, "I": {4, "c_uint", false, false, false, false},
	"l": {8, "c_long", false, true, false, false}, "L": {8, "c_ulong", false, false, false, false},
	// ctypes' c_longlong is c_long where long has 64 bits (the Unix
	// systems gonotes runs on), and shows as c_long; so for Q.
	"q": {8, "c_long", false, true, false, false}, "Q": {8, "c_ulong", false, false, false, false},
	"f": {4, "c_float", true, true, false, false}, "d": {8, "c_double", true, true, false, false},
	"c": {1, "c_char", false, false, true, false},
	"u": {4, "c_wchar", false, false, false, true},
}

func lookupCtype(typecode string) ctype {
	t, ok := ctypes[typecode]
	if !ok {
		panic(fmt.Errorf("multiprocessing: unknown typecode %q (use one of b B h H i I l L q Q f d c u)", typecode))
	}
	return t
}

// shm is a shared memory block: a file of the session directory mapped
// in every process that uses it.
type shm struct {
	path string
	mem  []byte
	t    ctype
	n    int
}

var shmCount atomic.Int64

func newShm(t ctype, n int) *shm {
	dir, err := state.ensureDir()
	if err != nil {
		panic(err)
	}
	path := filepath.Join(dir, "shm-"+strconv.Itoa(os.Getpid())+"-"+strconv.FormatInt(shmCount.Add(1), 10))
	s, err := mapShm(path, t, n, true)
	if err != nil {
		panic(err)
	}
	return s
}

func mapShm(path string, t ctype, n int, create bool) (*shm, error) {
	flag := os.O_RDWR
	if create {
		flag |= os.O_CREATE | os.O_EXCL
	}
	f, err := os.OpenFile(path, flag, 0o600)
	if err != nil {
		return nil, fmt.Errorf("multiprocessing: shared memory: %w", err)
	}
	defer f.Close()
	size := max(t.size*n, 8)
	if create {
		if err := f.Truncate(int64(size)); err != nil {
			return nil, fmt.Errorf("multiprocessing: shared memory: %w", err)
		}
	}
	mem, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("multiprocessing: shared memory: %w", err)
	}
	return &shm{path: path, mem: mem, t: t, n: n}, nil
}

func (s *shm) load(i int) any {
	if i < 0 || i >= s.n {
		panic(errors.New("IndexError: invalid index"))
	}
	p := unsafe.Pointer(&s.mem[i*s.t.size])
	var bits uint64
	switch s.t.size {
	case 1:
		bits = uint64(*(*uint8)(p))
	case 2:
		bits = uint64(*(*uint16)(p))
	case 4:
		bits = uint64(atomic.LoadUint32((*uint32)(p)))
	case 8:
		bits = atomic.LoadUint64((*uint64)(p))
	}
	switch {
	case s.t.char:
		return []byte{byte(bits)}
	case s.t.wchar:
		return string(rune(uint32(bits)))
	case s.t.float && s.t.size == 4:
		return float64(math.Float32frombits(uint32(bits)))
	case s.t.float:
		return math.Float64frombits(bits)
	case s.t.sign:
		shift := 64 - 8*s.t.size
		return int(int64(bits<<shift) >> shift)
	case bits > math.MaxInt64:
		return bits // an "L" or "Q" value that an int cannot hold
	}
	return int(bits)
}

func (s *shm) store(i int, v any) {
	if i < 0 || i >= s.n {
		panic(errors.New("IndexError: invalid index"))
	}
	rv := reflect.ValueOf(v)
	var bits uint64
	switch {
	case s.t.float:
		var f float64
		switch rv.Kind() {
		case reflect.Float32, reflect.Float64:
			f = rv.Float()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			f = float64(rv.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			f = float64(rv.Uint())
		default:
			panic(fmt.Errorf("TypeError: must be real number, not %s", pyrepr.TypeName(v)))
		}
		if s.t.size == 4 {
			bits = uint64(math.Float32bits(float32(f)))
		} else {
			bits = math.Float64bits(f)
		}
	case s.t.char:
		bits = uint64(charByte(v))
	case s.t.wchar:
		bits = uint64(uint32(wcharRune(v)))
	default:
		switch rv.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			bits = uint64(rv.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			bits = rv.Uint()
		case reflect.Bool:
			bits = uint64(b2i(rv.Bool()))
		default:
			panic(fmt.Errorf("TypeError: '%s' object cannot be interpreted as an integer", pyrepr.TypeName(v)))
		}
	}
	p := unsafe.Pointer(&s.mem[i*s.t.size])
	switch s.t.size {
	case 1:
		*(*uint8)(p) = uint8(bits)
	case 2:
		*(*uint16)(p) = uint16(bits)
	case 4:
		atomic.StoreUint32((*uint32)(p), uint32(bits))
	case 8:
		atomic.StoreUint64((*uint64)(p), bits)
	}
}

// charByte converts what may be stored in a "c" element, as ctypes' c_char
// takes it: a byte, a []byte or string of length 1, or an int in 0..255.
func charByte(v any) byte {
	switch x := v.(type) {
	case byte:
		return x
	case []byte:
		if len(x) == 1 {
			return x[0]
		}
	case string:
		if len(x) == 1 {
			return x[0]
		}
	case int:
		if x >= 0 && x < 256 {
			return byte(x)
		}
	}
	panic(fmt.Errorf("TypeError: one character bytes, bytearray or integer expected, not %s", typeString(typeOf(v))))
}

// wcharRune converts what may be stored in a "u" element, as ctypes'
// c_wchar takes it: a string of one character (or a rune).
func wcharRune(v any) rune {
	switch x := v.(type) {
	case rune:
		return x
	case string:
		if r := []rune(x); len(r) == 1 {
			return r[0]
		}
		panic(errors.New("TypeError: one character unicode string expected"))
	}
	panic(fmt.Errorf("TypeError: unicode string expected instead of %s instance", typeString(typeOf(v))))
}

func (s *shm) extra(typecode string) []byte {
	w := &wbuf{}
	w.str(typecode)
	w.str(s.path)
	w.uvarint(uint64(s.n))
	return w.b
}

func shmFromExtra(extra []byte) (*shm, string, error) {
	r := &rbuf{b: extra}
	typecode, path, n := r.str(), r.str(), int(r.uvarint())
	if r.err != nil {
		return nil, "", r.err
	}
	t, ok := ctypes[typecode]
	if !ok {
		return nil, "", errShort
	}
	s, err := mapShm(path, t, n, false)
	return s, typecode, err
}

// Value is a number in shared memory, with a lock, like Python's
// multiprocessing.Value: every process that gets it reads and writes the
// same memory. Get and Set are atomic, but Python's v.value += 1 (a Get
// then a Set) is not: hold the lock around it.
//
//	v := multiprocessing.NewValue("i", 0)
//	v.GetLock().Acquire(); v.Set(v.Get().(int) + 1); v.GetLock().Release()
type Value struct {
	typecode string
	mem      *shm
	lock     *RLock
	managed  bool // made by Manager.Value: Python's ValueProxy, shown as Value('i', 3)
}

// NewValue returns a shared value of type typecode ("i" int32, "l" int64,
// "d" float64, "f" float32, "b", "B", "h", "H", "I", "L", "q", "Q"; "c",
// a byte: Python's c_char, given and got as a []byte of length 1; or "u",
// a character: Python's c_wchar, given and got as a string of one
// character) set to v.
func NewValue(typecode string, v any) *Value {
	s := newShm(lookupCtype(typecode), 1)
	if v != nil {
		s.store(0, v)
	}
	lr := localRef(newLockImpl(kRLock, 1), s.extra(typecode))
	l := &RLock{}
	l.ref.set(lr)
	return &Value{typecode: typecode, mem: s, lock: l}
}

func (v *Value) objref() *objRef { return v.lock.objref() }

// Get returns the value: an int, a float64 for "f" and "d", a []byte of
// length 1 for "c", a string of one character for "u". An "L" or "Q" value
// above math.MaxInt64, which an int cannot hold, is a uint64 (Python's
// Value('Q', -1).value is 18446744073709551615).
func (v *Value) Get() any { return v.mem.load(0) }

// Set sets the value (converted to the typecode's type).
func (v *Value) Set(x any) { v.mem.store(0, x) }

// GetLock returns the value's lock (an RLock).
func (v *Value) GetLock() *RLock { return v.lock }

// Acquire takes the value's lock.
func (v *Value) Acquire() bool { return v.lock.Acquire() }

// Release releases the value's lock.
func (v *Value) Release() { v.lock.Release() }

// String returns Python's repr, e.g. <Synchronized wrapper for c_int(5)>
// or <Synchronized wrapper for c_double(2.0)>, and Value('i', 5) for a
// value made by [Manager.Value].
func (v *Value) String() string {
	if v.managed {
		return fmt.Sprintf("Value(%s, %s)", pyrepr.Str(v.typecode), pyrepr.Value(v.Get()))
	}
	if b, ok := v.Get().([]byte); ok {
		return fmt.Sprintf("<Synchronized wrapper for %s(%s)>", v.mem.t.name, pyrepr.Bytes(b))
	}
	return fmt.Sprintf("<Synchronized wrapper for %s(%s)>", v.mem.t.name, pyrepr.Value(v.Get()))
}

// Array is an array of numbers in shared memory, with a lock, like
// Python's multiprocessing.Array.
type Array struct {
	typecode string
	mem      *shm
	lock     *RLock
}

// NewArray returns a shared array of type typecode (see NewValue): init is
// its length (an int, zero-filled) or a slice of its initial values; for
// "c" (Python's Array('c', b'hello')), a []byte or a string of the bytes;
// for "u" (Array('u', 'hello')), a string: an element per character.
// Values that do not fit the typecode panic with Python's TypeError: a
// string for a number array is its characters, as in Python ("'str'
// object cannot be interpreted as an integer"), and a float is neither a
// length nor a sequence ("object of type 'float' has no len()").
func NewArray(typecode string, init any) *Array {
	t := lookupCtype(typecode)
	if str, ok := init.(string); ok && t.char {
		init = []byte(str)
	}
	if str, ok := init.(string); ok && t.wchar {
		init = []rune(str)
	}
	if str, ok := init.(string); ok {
		// Python's Array('i', 'abc') takes the characters as the values:
		// each one is the TypeError of storing a str.
		var chars []any
		for _, c := range str {
			chars = append(chars, string(c))
		}
		init = chars
	}
	rv := reflect.ValueOf(init)
	n := 0
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n = int(rv.Int())
	case reflect.Slice, reflect.Array:
		n = rv.Len()
	case reflect.Float32, reflect.Float64:
		// Python's Array('i', 2.5): not a length and not a sequence.
		panic(fmt.Errorf("TypeError: object of type '%s' has no len()", pyrepr.TypeName(init)))
	default:
		panic(fmt.Errorf("multiprocessing: NewArray needs a length or a slice, not %s", typeString(typeOf(init))))
	}
	if n < 0 {
		panic(fmt.Errorf("ValueError: Array length must be >= 0, not %d", n))
	}
	s := newShm(t, n)
	if b, ok := init.([]byte); ok && t.char {
		copy(s.mem, b)
	} else if rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array {
		for i := 0; i < n; i++ {
			s.store(i, rv.Index(i).Interface())
		}
	}
	lr := localRef(newLockImpl(kRLock, 1), s.extra(typecode))
	l := &RLock{}
	l.ref.set(lr)
	return &Array{typecode: typecode, mem: s, lock: l}
}

func (a *Array) objref() *objRef { return a.lock.objref() }

// Len returns the number of elements.
func (a *Array) Len() int { return a.mem.n }

// Get returns element i: an int, a float64 for "f" and "d", a []byte of
// length 1 for "c", a string of one character for "u" (a uint64 for an
// "L" or "Q" value above math.MaxInt64, as Value's Get). As in Python, a
// negative i counts from the end (-1 is the last element); an i out of
// range panics with "IndexError: invalid index".
func (a *Array) Get(i int) any { return a.mem.load(a.index(i)) }

// index turns Python's negative index into the element's position.
func (a *Array) index(i int) int {
	if i < 0 && i >= -a.mem.n {
		return i + a.mem.n
	}
	return i
}

// Value returns the bytes of a "c" array up to its first zero byte
// (Python's arr.value); Raw returns them all (arr.raw).
func (a *Array) Value() []byte {
	b := a.Raw()
	for i, c := range b {
		if c == 0 {
			return b[:i]
		}
	}
	return b
}

// Raw returns a copy of the bytes of a "c" array (Python's arr.raw).
func (a *Array) Raw() []byte {
	a.mustChar("raw")
	out := make([]byte, a.mem.n)
	for i := range out {
		out[i] = a.mem.load(i).([]byte)[0]
	}
	return out
}

// SetValue writes b at the start of a "c" array, followed by a zero byte
// if there is room (Python's arr.value = b); longer than the array, it
// panics ("ValueError: byte string too long").
func (a *Array) SetValue(b []byte) {
	a.mustChar("value")
	if len(b) > a.mem.n {
		panic(errors.New("ValueError: byte string too long"))
	}
	for i, c := range b {
		a.mem.store(i, c)
	}
	if len(b) < a.mem.n {
		a.mem.store(len(b), byte(0))
	}
}

func (a *Array) mustChar(attr string) {
	if !a.mem.t.char {
		panic(fmt.Errorf("AttributeError: '%s' array has no attribute '%s' (only a 'c' array has)", a.typecode, attr))
	}
}

// Set sets element i (a negative i counts from the end, as Get's).
func (a *Array) Set(i int, x any) { a.mem.store(a.index(i), x) }

// Text returns the characters of a "u" array as a string, zero
// characters included (Python's arr[:] of a 'u' array, a str).
func (a *Array) Text() string {
	if !a.mem.t.wchar {
		panic(fmt.Errorf("multiprocessing: Text of a '%s' array (only a 'u' array has characters)", a.typecode))
	}
	var b strings.Builder
	for i := 0; i < a.mem.n; i++ {
		b.WriteString(a.mem.load(i).(string))
	}
	return b.String()
}

// Slice returns a copy of the elements (Python's arr[:]).
func (a *Array) Slice() []any {
	out := make([]any, a.mem.n)
	for i := range out {
		out[i] = a.mem.load(i)
	}
	return out
}

// GetLock returns the array's lock (an RLock).
func (a *Array) GetLock() *RLock { return a.lock }

// Acquire takes the array's lock.
func (a *Array) Acquire() bool { return a.lock.Acquire() }

// Release releases the array's lock.
func (a *Array) Release() { a.lock.Release() }

// String formats the elements as a Go slice, e.g. [1 2 3].
func (a *Array) String() string { return fmt.Sprint(a.Slice()) }

func init() {
	registerHandle(kValue, (*Value)(nil), func(r *objRef) (shareable, error) {
		s, tc, err := shmFromExtra(r.extra)
		if err != nil {
			return nil, err
		}
		l := &RLock{}
		l.ref.set(r)
		return &Value{typecode: tc, mem: s, lock: l, managed: r.managed}, nil
	})
	registerHandle(kArray, (*Array)(nil), func(r *objRef) (shareable, error) {
		s, tc, err := shmFromExtra(r.extra)
		if err != nil {
			return nil, err
		}
		l := &RLock{}
		l.ref.set(r)
		return &Array{typecode: tc, mem: s, lock: l}, nil
	})
}
