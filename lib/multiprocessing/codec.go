package multiprocessing

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Values cross the process boundary in a small self-describing binary
// encoding: a type descriptor, then the value. It carries
//
//   - nil, bool, every integer, float and complex kind, string;
//   - slices, arrays, maps, pointers and structs of those (struct fields by
//     name, unexported ones included, as Python pickles every attribute);
//   - interface values (any) holding any of those;
//   - errors (as their message), time.Time and time.Duration;
//   - handles: *Queue, *JoinableQueue, *SimpleQueue, *Conn, *Lock, *RLock,
//     *Semaphore, *BoundedSemaphore, *Event, *Condition, *Barrier, the
//     Manager proxies, *Value and *Array, which stay connected to the
//     process that owns them.
//
// Funcs, channels and unsafe pointers cannot cross. Type names do not
// cross either: decoded into an `any`, a value comes back with its kind and
// shape (an int stays an int, []float64 stays []float64, a struct becomes a
// struct type with the same fields), and decoded into a typed target (a
// parameter of the target function) it is converted to that type. Named
// types therefore come back as their underlying type when received as any.

// Type tags.
const (
	tNil byte = iota
	tBool
	tInt
	tInt8
	tInt16
	tInt32
	tInt64
	tUint
	tUint8
	tUint16
	tUint32
	tUint64
	tUintptr
	tFloat32
	tFloat64
	tComplex64
	tComplex128
	tString
	tSlice  // elem
	tArray  // len elem
	tMap    // key elem
	tPtr    // elem
	tStruct // n (name type)*
	tIface  // a nested interface: each value carries its own type
	tError  // an error, as its message
	tTime   // time.Time
	tDur    // time.Duration
	tHandle // kind: a library object owned by some process
)

var basicTags = [...]reflect.Kind{
	tBool: reflect.Bool, tInt: reflect.Int, tInt8: reflect.Int8, tInt16: reflect.Int16,
	tInt32: reflect.Int32, tInt64: reflect.Int64, tUint: reflect.Uint, tUint8: reflect.Uint8,
	tUint16: reflect.Uint16, tUint32: reflect.Uint32, tUint64: reflect.Uint64,
	tUintptr: reflect.Uintptr, tFloat32: reflect.Float32, tFloat64: reflect.Float64,
	tComplex64: reflect.Complex64, tComplex128: reflect.Complex128, tString: reflect.String,
}

var basicTypes = [...]reflect.Type{
	tBool: reflect.TypeFor[bool](), tInt: reflect.TypeFor[int](), tInt8: reflect.TypeFor[int8](),
	tInt16: reflect.TypeFor[int16](), tInt32: reflect.TypeFor[int32](), tInt64: reflect.TypeFor[int64](),
	tUint: reflect.TypeFor[uint](), tUint8: reflect.TypeFor[uint8](), tUint16: reflect.TypeFor[uint16](),
	tUint32: reflect.TypeFor[uint32](), tUint64: reflect.TypeFor[uint64](), tUintptr: reflect.TypeFor[uintptr](),
	tFloat32: reflect.TypeFor[float32](), tFloat64: reflect.TypeFor[float64](),
	tComplex64: reflect.TypeFor[complex64](), tComplex128: reflect.TypeFor[complex128](),
	tString: reflect.TypeFor[string](),
}

var kindTags = func() map[reflect.Kind]byte {
	m := map[reflect.Kind]byte{}
	for tag, k := range basicTags {
		if k != reflect.Invalid {
			m[k] = byte(tag)
		}
	}
	return m
}()

var (
	anyType      = reflect.TypeFor[any]()
	errorType    = reflect.TypeFor[error]()
	timeType     = reflect.TypeFor[time.Time]()
	durType      = reflect.TypeFor[time.Duration]()
	shareableTyp = reflect.TypeFor[shareable]()
)

const maxDepth = 200

// unsendableError says which value could not be encoded.
type unsendableError struct {
	typ    reflect.Type
	reason string
}

func (e *unsendableError) Error() string {
	if e.reason != "" {
		return e.reason
	}
	return fmt.Sprintf("%s cannot be sent to another process", typeString(e.typ))
}

// typeString is reflect's name for t, with interface{} shown as any.
func typeString(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	return strings.ReplaceAll(t.String(), "interface {}", "any")
}

// encodeValue encodes v (type and value) as one item.
func encodeValue(v any) ([]byte, error) {
	w := &wbuf{b: make([]byte, 0, 16)}
	if err := encodeAny(w, v); err != nil {
		return nil, err
	}
	return w.b, nil
}

// encodeTaskValue is encodeValue for an argument of a pool's task: a
// queue, lock or shared value in it is CPython's RuntimeError
// (inheritanceError), returned as it is.
func encodeTaskValue(v any) ([]byte, error) {
	w := &wbuf{b: make([]byte, 0, 16), task: true}
	if err := encodeAny(w, v); err != nil {
		return nil, err
	}
	return w.b, nil
}

// encodeTaskArgs is encodeArgs for the arguments of a pool's task.
func encodeTaskArgs(args []any) ([][]byte, error) {
	items := make([][]byte, len(args))
	for i, a := range args {
		b, err := encodeTaskValue(a)
		if err != nil {
			if ie := (*inheritanceError)(nil); errors.As(err, &ie) {
				return nil, ie
			}
			return nil, argError(i, a, err)
		}
		items[i] = b
	}
	return items, nil
}

// encodeAny appends v's type descriptor and value.
func encodeAny(w *wbuf, v any) error {
	// Fast paths for the common scalars.
	switch x := v.(type) {
	case nil:
		w.byte1(tNil)
		return nil
	case int:
		w.byte1(tInt)
		w.varint(int64(x))
		return nil
	case string:
		w.byte1(tString)
		w.str(x)
		return nil
	case float64:
		w.byte1(tFloat64)
		w.float64(x)
		return nil
	case bool:
		w.byte1(tBool)
		w.bool(x)
		return nil
	}
	rv := reflect.ValueOf(v)
	if err := writeType(w, rv.Type(), 0); err != nil {
		return err
	}
	return writeValue(w, rv, 0)
}

var typeCache sync.Map // reflect.Type -> []byte (descriptor) or error

// writeType appends the descriptor of t.
func writeType(w *wbuf, t reflect.Type, depth int) error {
	if tag, ok := kindTags[t.Kind()]; ok && t != durType {
		w.byte1(tag)
		return nil
	}
	if d, ok := typeCache.Load(t); ok {
		if err, bad := d.(error); bad {
			return err
		}
		w.b = append(w.b, d.([]byte)...)
		return nil
	}
	tw := &wbuf{}
	err := buildType(tw, t, depth)
	if err != nil {
		typeCache.Store(t, err)
		return err
	}
	typeCache.Store(t, tw.b)
	w.b = append(w.b, tw.b...)
	return nil
}

func buildType(w *wbuf, t reflect.Type, depth int) error {
	if depth > maxDepth {
		return &unsendableError{typ: t, reason: fmt.Sprintf("%s is nested too deeply", typeString(t))}
	}
	if tag, ok := kindTags[t.Kind()]; ok && t != durType {
		w.byte1(tag)
		return nil
	}
	switch {
	case t == durType:
		w.byte1(tDur)
		return nil
	case t == timeType:
		w.byte1(tTime)
		return nil
	case t.Implements(shareableTyp):
		k, ok := handleKinds[t]
		if !ok {
			return &unsendableError{typ: t}
		}
		w.byte1(tHandle)
		w.byte1(k)
		return nil
	}
	switch t.Kind() {
	case reflect.Interface:
		w.byte1(tIface)
		return nil
	case reflect.Slice:
		w.byte1(tSlice)
		return buildType(w, t.Elem(), depth+1)
	case reflect.Array:
		w.byte1(tArray)
		w.uvarint(uint64(t.Len()))
		return buildType(w, t.Elem(), depth+1)
	case reflect.Map:
		w.byte1(tMap)
		if err := buildType(w, t.Key(), depth+1); err != nil {
			return err
		}
		return buildType(w, t.Elem(), depth+1)
	case reflect.Pointer:
		if t.Implements(errorType) && t.Elem().Kind() == reflect.Struct {
			w.byte1(tError)
			return nil
		}
		w.byte1(tPtr)
		return buildType(w, t.Elem(), depth+1)
	case reflect.Struct:
		if t.Implements(errorType) {
			w.byte1(tError)
			return nil
		}
		w.byte1(tStruct)
		w.uvarint(uint64(t.NumField()))
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			w.str(f.Name)
			if err := buildType(w, f.Type, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return &unsendableError{typ: t}
}

// writeValue appends the value of v, whose type descriptor was written.
func writeValue(w *wbuf, v reflect.Value, depth int) error {
	if depth > maxDepth {
		return &unsendableError{typ: v.Type(), reason: "a value nested too deeply (a cycle?) cannot be sent to another process"}
	}
	t := v.Type()
	switch {
	case t == durType:
		w.varint(v.Int())
		return nil
	case t == timeType:
		tm := v.Interface().(time.Time)
		b, err := tm.MarshalBinary()
		if err != nil {
			return fmt.Errorf("multiprocessing: %w", err)
		}
		w.bytes(b)
		return nil
	case t.Implements(shareableTyp):
		if v.Kind() == reflect.Pointer && v.IsNil() {
			w.byte1(0)
			return nil
		}
		w.byte1(1)
		return writeHandle(w, v.Interface().(shareable))
	}
	switch v.Kind() {
	case reflect.Bool:
		w.bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.varint(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		w.uvarint(v.Uint())
	case reflect.Float32, reflect.Float64:
		w.float64(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		w.float64(real(c))
		w.float64(imag(c))
	case reflect.String:
		w.str(v.String())
	case reflect.Interface:
		if v.IsNil() {
			w.byte1(tNil)
			return nil
		}
		e := v.Elem()
		if err := writeType(w, e.Type(), depth+1); err != nil {
			return err
		}
		return writeValue(w, e, depth+1)
	case reflect.Slice:
		if v.IsNil() {
			w.byte1(0)
			return nil
		}
		w.byte1(1)
		if t.Elem().Kind() == reflect.Uint8 {
			w.bytes(v.Bytes())
			return nil
		}
		fallthrough
	case reflect.Array:
		n := v.Len()
		if v.Kind() == reflect.Slice {
			w.uvarint(uint64(n))
		}
		for i := 0; i < n; i++ {
			if err := writeValue(w, v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			w.byte1(0)
			return nil
		}
		w.byte1(1)
		w.uvarint(uint64(v.Len()))
		it := v.MapRange()
		for it.Next() {
			if err := writeValue(w, it.Key(), depth+1); err != nil {
				return err
			}
			if err := writeValue(w, it.Value(), depth+1); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if t.Implements(errorType) && t.Elem().Kind() == reflect.Struct {
			if v.IsNil() {
				w.byte1(0)
				return nil
			}
			w.byte1(1)
			w.str(v.Interface().(error).Error())
			return nil
		}
		if v.IsNil() {
			w.byte1(0)
			return nil
		}
		w.byte1(1)
		return writeValue(w, v.Elem(), depth+1)
	case reflect.Struct:
		if t.Implements(errorType) {
			w.byte1(1)
			w.str(v.Interface().(error).Error())
			return nil
		}
		if !v.CanAddr() {
			c := reflect.New(t).Elem()
			c.Set(v)
			v = c
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !f.CanInterface() {
				f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
			}
			if err := writeValue(w, f, depth+1); err != nil {
				return err
			}
		}
	default:
		return &unsendableError{typ: t}
	}
	return nil
}

// decodeValue decodes one item into its natural Go value.
func decodeValue(b []byte) (any, error) {
	r := &rbuf{b: b}
	v, err := readAny(r)
	if err == nil && r.err != nil {
		err = r.err
	}
	return v, err
}

func readAny(r *rbuf) (any, error) {
	if len(r.b) == 0 {
		r.fail()
		return nil, r.err
	}
	// Fast paths.
	switch r.b[0] {
	case tNil:
		r.b = r.b[1:]
		return nil, nil
	case tInt:
		r.b = r.b[1:]
		return int(r.varint()), r.err
	case tString:
		r.b = r.b[1:]
		return r.str(), r.err
	}
	t, err := readType(r, 0)
	if err != nil {
		return nil, err
	}
	v, err := readValue(r, t, 0)
	if err != nil || !v.IsValid() {
		return nil, err
	}
	return v.Interface(), nil
}

var descCache sync.Map // string(descriptor) -> reflect.Type

// readType reads a type descriptor and returns the natural type it
// describes (nil for tNil).
func readType(r *rbuf, depth int) (reflect.Type, error) {
	start := r.b
	if err := skipType(r, depth); err != nil {
		return nil, err
	}
	desc := start[:len(start)-len(r.b)]
	if t, ok := descCache.Load(string(desc)); ok {
		return t.(reflect.Type), nil
	}
	t, err := makeType(&rbuf{b: desc}, depth)
	if err != nil {
		return nil, err
	}
	if t != nil {
		descCache.Store(string(desc), t)
	}
	return t, nil
}

func skipType(r *rbuf, depth int) error {
	if depth > maxDepth {
		return errShort
	}
	tag := r.byte1()
	switch tag {
	case tSlice, tPtr:
		return skipType(r, depth+1)
	case tArray:
		r.uvarint()
		return skipType(r, depth+1)
	case tMap:
		if err := skipType(r, depth+1); err != nil {
			return err
		}
		return skipType(r, depth+1)
	case tStruct:
		n := r.uvarint()
		for i := uint64(0); i < n && r.err == nil; i++ {
			r.bytes()
			if err := skipType(r, depth+1); err != nil {
				return err
			}
		}
	case tHandle:
		r.byte1()
	default:
		if int(tag) >= len(basicTags) && tag != tIface && tag != tError && tag != tTime && tag != tDur {
			r.fail()
		}
	}
	return r.err
}

func makeType(r *rbuf, depth int) (t reflect.Type, err error) {
	defer func() {
		if p := recover(); p != nil { // reflect.StructOf, MapOf on odd input
			t, err = nil, fmt.Errorf("multiprocessing: cannot rebuild a received type: %v", p)
		}
	}()
	return makeType1(r, depth)
}

func makeType1(r *rbuf, depth int) (reflect.Type, error) {
	tag := r.byte1()
	if r.err != nil {
		return nil, r.err
	}
	if int(tag) < len(basicTypes) && basicTypes[tag] != nil {
		return basicTypes[tag], nil
	}
	switch tag {
	case tNil:
		return nil, nil
	case tIface:
		return anyType, nil
	case tError:
		return errorType, nil
	case tTime:
		return timeType, nil
	case tDur:
		return durType, nil
	case tHandle:
		k := r.byte1()
		t, ok := handleTypes[k]
		if !ok {
			return nil, errShort
		}
		return t, nil
	case tSlice, tPtr:
		e, err := makeType1(r, depth+1)
		if err != nil || e == nil {
			return nil, orShort(err)
		}
		if tag == tSlice {
			return reflect.SliceOf(e), nil
		}
		return reflect.PointerTo(e), nil
	case tArray:
		n := r.uvarint()
		e, err := makeType1(r, depth+1)
		if err != nil || e == nil {
			return nil, orShort(err)
		}
		return reflect.ArrayOf(int(n), e), nil
	case tMap:
		k, err := makeType1(r, depth+1)
		if err != nil || k == nil {
			return nil, orShort(err)
		}
		e, err := makeType1(r, depth+1)
		if err != nil || e == nil {
			return nil, orShort(err)
		}
		return reflect.MapOf(k, e), nil
	case tStruct:
		n := r.uvarint()
		var fields []reflect.StructField
		for i := uint64(0); i < n && r.err == nil; i++ {
			name := r.str()
			ft, err := makeType1(r, depth+1)
			if err != nil || ft == nil {
				return nil, orShort(err)
			}
			f := reflect.StructField{Name: name, Type: ft}
			if !isExported(name) {
				f.PkgPath = "main"
			}
			fields = append(fields, f)
		}
		if r.err != nil {
			return nil, r.err
		}
		return reflect.StructOf(fields), nil
	}
	return nil, errShort
}

func orShort(err error) error {
	if err != nil {
		return err
	}
	return errShort
}

func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// remoteError is an error received from another process. tb is the stack
// of a panic in a Pool worker, Python's RemoteTraceback.
type remoteError struct{ msg, tb string }

func (e *remoteError) Error() string { return e.msg }

// Traceback returns the worker's stack at the panic that made the error
// (the user's frames), or "" for an error the function returned.
func (e *remoteError) Traceback() string { return e.tb }

// readValue reads a value of the natural type t (nil: tNil).
func readValue(r *rbuf, t reflect.Type, depth int) (reflect.Value, error) {
	if t == nil {
		return reflect.Value{}, nil
	}
	if depth > maxDepth {
		return reflect.Value{}, errShort
	}
	switch t {
	case durType:
		return reflect.ValueOf(time.Duration(r.varint())), r.err
	case timeType:
		var tm time.Time
		if err := tm.UnmarshalBinary(r.bytes()); err != nil && r.err == nil {
			return reflect.Value{}, fmt.Errorf("multiprocessing: %w", err)
		}
		return reflect.ValueOf(tm), r.err
	case errorType:
		v := reflect.New(errorType).Elem()
		if r.byte1() == 1 {
			v.Set(reflect.ValueOf(&remoteError{msg: r.str()}))
		}
		return v, r.err
	}
	if k, ok := handleKinds[t]; ok {
		if r.byte1() == 0 {
			return reflect.Zero(t), r.err
		}
		h, err := readHandle(r, k)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(h), nil
	}
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(r.bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(r.varint())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(r.uvarint())
	case reflect.Float32, reflect.Float64:
		v.SetFloat(r.float64())
	case reflect.Complex64, reflect.Complex128:
		re := r.float64()
		v.SetComplex(complex(re, r.float64()))
	case reflect.String:
		v.SetString(r.str())
	case reflect.Interface:
		et, err := readType(r, depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		e, err := readValue(r, et, depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		if e.IsValid() {
			v.Set(e)
		}
	case reflect.Slice:
		if r.byte1() == 0 {
			break
		}
		if t.Elem().Kind() == reflect.Uint8 {
			p := r.bytes()
			s := reflect.MakeSlice(t, len(p), len(p))
			reflect.Copy(s, reflect.ValueOf(p))
			v.Set(s)
			break
		}
		n := r.n() // each element takes at least one byte... or none (struct{}): bounded by the message anyway
		s := reflect.MakeSlice(t, n, n)
		for i := 0; i < n && r.err == nil; i++ {
			e, err := readValue(r, t.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			if e.IsValid() {
				s.Index(i).Set(e)
			}
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < t.Len() && r.err == nil; i++ {
			e, err := readValue(r, t.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			if e.IsValid() {
				v.Index(i).Set(e)
			}
		}
	case reflect.Map:
		if r.byte1() == 0 {
			break
		}
		n := r.n()
		m := reflect.MakeMapWithSize(t, n)
		for i := 0; i < n && r.err == nil; i++ {
			k, err := readValue(r, t.Key(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			e, err := readValue(r, t.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			if !k.IsValid() {
				k = reflect.Zero(t.Key())
			}
			if !e.IsValid() {
				e = reflect.Zero(t.Elem())
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		if r.byte1() == 0 {
			break
		}
		e, err := readValue(r, t.Elem(), depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(t.Elem())
		if e.IsValid() {
			p.Elem().Set(e)
		}
		v.Set(p)
	case reflect.Struct:
		for i := 0; i < t.NumField() && r.err == nil; i++ {
			e, err := readValue(r, t.Field(i).Type, depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			if e.IsValid() {
				settable(v.Field(i)).Set(e)
			}
		}
	default:
		return reflect.Value{}, errShort
	}
	return v, r.err
}

// settable returns f itself, or, for an unexported field of an addressable
// struct, a settable alias of it.
func settable(f reflect.Value) reflect.Value {
	if f.CanSet() {
		return f
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// convert returns v as a value of type t, converting numbers between
// kinds, and slices, arrays, maps, pointers and structs (field by field,
// by name) recursively, the way a received value must fit the parameter
// of the target function.
func convert(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	return convert1(v, t, 0)
}

func convert1(v reflect.Value, t reflect.Type, depth int) (reflect.Value, error) {
	if !v.IsValid() {
		return reflect.Zero(t), nil
	}
	if depth > maxDepth {
		return reflect.Value{}, errors.New("value nested too deeply")
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Zero(t), nil
		}
		v = v.Elem()
	}
	vt := v.Type()
	if vt == t {
		return v, nil
	}
	if t.Kind() == reflect.Interface {
		if vt.Implements(t) {
			r := reflect.New(t).Elem()
			r.Set(v)
			return r, nil
		}
		return reflect.Value{}, mismatch(vt, t)
	}
	numeric := func(k reflect.Kind) bool {
		return k >= reflect.Int && k <= reflect.Complex128
	}
	switch {
	case numeric(vt.Kind()) && numeric(t.Kind()):
		if (vt.Kind() >= reflect.Complex64) != (t.Kind() >= reflect.Complex64) {
			return reflect.Value{}, mismatch(vt, t)
		}
		return v.Convert(t), nil
	case vt.Kind() == reflect.String && t.Kind() == reflect.String,
		vt.Kind() == reflect.Bool && t.Kind() == reflect.Bool:
		return v.Convert(t), nil
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		if vt.Kind() != reflect.Slice && vt.Kind() != reflect.Array {
			break
		}
		n := v.Len()
		var out reflect.Value
		if t.Kind() == reflect.Slice {
			if vt.Kind() == reflect.Slice && v.IsNil() {
				return reflect.Zero(t), nil
			}
			out = reflect.MakeSlice(t, n, n)
		} else {
			if n > t.Len() {
				return reflect.Value{}, fmt.Errorf("%d elements do not fit in %s", n, typeString(t))
			}
			out = reflect.New(t).Elem()
		}
		for i := 0; i < n; i++ {
			e, err := convert1(v.Index(i), t.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(e)
		}
		return out, nil
	case reflect.Map:
		if vt.Kind() != reflect.Map {
			break
		}
		if v.IsNil() {
			return reflect.Zero(t), nil
		}
		out := reflect.MakeMapWithSize(t, v.Len())
		it := v.MapRange()
		for it.Next() {
			k, err := convert1(it.Key(), t.Key(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			e, err := convert1(it.Value(), t.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.SetMapIndex(k, e)
		}
		return out, nil
	case reflect.Pointer:
		if vt.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Zero(t), nil
			}
			v = v.Elem()
		}
		e, err := convert1(v, t.Elem(), depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(e)
		return p, nil
	case reflect.Struct:
		if vt.Kind() == reflect.Pointer && !v.IsNil() {
			v, vt = v.Elem(), vt.Elem()
		}
		if vt.Kind() != reflect.Struct {
			break
		}
		if vt.ConvertibleTo(t) {
			return v.Convert(t), nil
		}
		out := reflect.New(t).Elem()
		if !v.CanAddr() {
			c := reflect.New(vt).Elem()
			c.Set(v)
			v = c
		}
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			src := v.FieldByName(sf.Name)
			if !src.IsValid() {
				continue
			}
			e, err := convert1(settable(src), sf.Type, depth+1)
			if err != nil {
				return reflect.Value{}, fmt.Errorf("field %s: %w", sf.Name, err)
			}
			settable(out.Field(i)).Set(e)
		}
		return out, nil
	}
	if vt.ConvertibleTo(t) && vt.Kind() == t.Kind() {
		return v.Convert(t), nil
	}
	return reflect.Value{}, mismatch(vt, t)
}

func mismatch(from, to reflect.Type) error {
	return fmt.Errorf("cannot use %s as %s", typeString(from), typeString(to))
}
