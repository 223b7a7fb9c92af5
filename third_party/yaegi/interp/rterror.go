package interp

// gonotes patch (whole file): run-time errors of interpreted code with the
// text and the type of Go's own run-time errors.
//
// reflect panics with its own messages ("reflect: slice index out of
// range"), as plain strings that are not runtime.Error values. The helpers
// below are called only once an operation is known to fail: they perform the
// same operation natively on a zero-size dummy, so that the Go runtime
// builds the exact runtime.Error (e.g. "runtime error: index out of range
// [5] with length 1"); where that is not possible, they panic with a
// runtimeError carrying Go's message.

import (
	"math/bits"
	"reflect"
	"strings"
	"sync"
	"unsafe"
)

// runtimeError is a runtime.Error with the message of Go's runtime, for the
// failures that cannot be reproduced natively.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks runtimeError as a runtime.Error.
func (runtimeError) RuntimeError() {}

// plainRuntimeError is a runtime.Error whose message has no "runtime
// error: " prefix (the runtime's plainError).
type plainRuntimeError string

func (e plainRuntimeError) Error() string { return string(e) }

// RuntimeError marks plainRuntimeError as a runtime.Error.
func (plainRuntimeError) RuntimeError() {}

// nilValueMethod returns the message of Go's panic for the value method
// name of the element type of the pointer type t called through a nil
// pointer by an interface or a method expression (*T).M: "value method
// main.T.M called using nil *T pointer".
func nilValueMethod(t *itype, name string) string {
	for t != nil && t.cat == linkedT && t.name == "" {
		t = t.val
	}
	if t != nil && t.cat == ptrT {
		t = t.val
	}
	if t == nil {
		return "value method " + name + " called using nil pointer"
	}
	return "value method " + itypeString(t) + "." + name + " called using nil *" + t.name + " pointer"
}

// panicIndex panics as Go does for x[i] where len(x) is n.
func panicIndex(i, n int) {
	s := make([]struct{}, n)
	_ = s[i]
	panic(runtimeError("index out of range")) // not reached
}

// checkIndex panics as Go does if i is not a valid index of v (a string,
// slice or array).
func checkIndex(v reflect.Value, i int) {
	if n := v.Len(); uint(i) >= uint(n) {
		panicIndex(i, n)
	}
}

// zeroBytes backs the dummy strings of panicSlice: slicing a string does not
// read its bytes.
var zeroBytes [1]byte

// panicSlice panics as Go does for v[lo:hi] (max < 0) or v[lo:hi:max] if
// the bounds are invalid for v, a string, slice or array.
func panicSlice(v reflect.Value, lo, hi, max int) { panicSliceBounds(v, lo, hi, max, max >= 0) }

// panicSliceBounds is panicSlice for v[lo:hi:max] when three is true,
// whatever max is (a negative max is out of range, not absent). gonotes
// patch (s10-goroot).
func panicSliceBounds(v reflect.Value, lo, hi, max int, three bool) {
	switch v.Kind() {
	case reflect.Slice:
		s := make([]struct{}, v.Len(), v.Cap())
		if !three {
			_ = s[lo:hi]
		} else {
			_ = s[lo:hi:max]
		}
	case reflect.String, reflect.Array:
		// Arrays fail with the messages of strings ("with length").
		s := unsafe.String(&zeroBytes[0], v.Len())
		if !three {
			_ = s[lo:hi]
			break
		}
		// No 3-index slice of strings: build Go's message.
		n := v.Len()
		switch {
		case max < 0: // gonotes patch (s10-goroot): Go names no length then
			panic(runtimeError("slice bounds out of range [::" + itoa(max) + "]"))
		case uint(max) > uint(n):
			panic(runtimeError("slice bounds out of range [::" + itoa(max) + "] with length " + itoa(n)))
		case hi < 0: // gonotes patch (s10-goroot): a negative bound is named alone
			panic(runtimeError("slice bounds out of range [:" + itoa(hi) + ":]"))
		case uint(hi) > uint(max):
			panic(runtimeError("slice bounds out of range [:" + itoa(hi) + ":" + itoa(max) + "]"))
		case lo < 0:
			panic(runtimeError("slice bounds out of range [" + itoa(lo) + "::]"))
		case uint(lo) > uint(hi):
			panic(runtimeError("slice bounds out of range [" + itoa(lo) + ":" + itoa(hi) + ":]"))
		}
	}
}

// checkSlice panics as Go does if v[lo:hi] (max < 0) or v[lo:hi:max] is
// out of range.
func checkSlice(v reflect.Value, lo, hi, max int) {
	if max < 0 {
		checkSliceBounds(v, lo, hi, -1, false)
		return
	}
	checkSliceBounds(v, lo, hi, max, true)
}

// checkSlice3 panics as Go does if v[lo:hi:max] is out of range, max
// negative too (checkSlice took a negative max for an absent one, and
// reflect.Value.Slice3 panicked with its own message). gonotes patch
// (s10-goroot).
func checkSlice3(v reflect.Value, lo, hi, max int) { checkSliceBounds(v, lo, hi, max, true) }

// checkSliceBounds is checkSlice, for a 3-index slice when three is true.
func checkSliceBounds(v reflect.Value, lo, hi, max int, three bool) {
	var c int
	if v.Kind() == reflect.String {
		c = v.Len()
	} else {
		c = v.Cap()
	}
	if three {
		if lo < 0 || hi < lo || max < hi || max > c {
			panicSliceBounds(v, lo, hi, max, true)
		}
		return
	}
	if lo < 0 || hi < lo || hi > c {
		panicSliceBounds(v, lo, hi, max, false)
	}
}

func itoa(i int) string {
	if i < 0 {
		return "-" + utoa(uint64(-i))
	}
	return utoa(uint64(i))
}

func utoa(u uint64) string {
	var b [20]byte
	p := len(b)
	for {
		p--
		b[p] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return string(b[p:])
}

// panicMakeSlice panics as Go does for make([]T, n, c) with invalid sizes
// (n < 0 or n > c).
func panicMakeSlice(n, c int) {
	_ = make([]struct{}, n, c)
}

// maxAlloc is the largest allocation Go's runtime makes (runtime.maxAlloc
// on 64-bit Linux; 32-bit platforms: 2 GB).
const maxAlloc = 1<<48*(^uintptr(0)>>63) + (1<<31-1)*(1-^uintptr(0)>>63)

// allocTooBig reports whether n elements of size elem exceed what make
// may allocate, or n is negative.
func allocTooBig(elem uintptr, n int) bool {
	if n < 0 {
		return true
	}
	hi, lo := bits.Mul64(uint64(elem), uint64(n))
	return hi != 0 || lo > uint64(maxAlloc)
}

// checkMakeSlice panics as make([]T, length, capacity) does in Go (elem:
// T's size) when the slice cannot be made: "makeslice: len out of range"
// or "makeslice: cap out of range", runtime errors (reflect.MakeSlice
// panicked with "runtime: allocation size out of range", a string).
// gonotes patch (s10-goroot).
func checkMakeSlice(elem uintptr, length, capacity int) {
	if !allocTooBig(elem, capacity) && length >= 0 && length <= capacity {
		return
	}
	if allocTooBig(elem, length) {
		panicMakeSlice(-1, -1)
	}
	panicMakeSlice(0, -1)
}

// minusOne is a size that make refuses when the program runs.
var minusOne = -1

// checkMakeChan panics as make(chan T, size) does in Go (elem: T's size)
// when the channel cannot be made: "makechan: size out of range", a runtime
// error (reflect.MakeChan panicked with a string). gonotes patch
// (s10-goroot).
func checkMakeChan(elem uintptr, size int) {
	if allocTooBig(elem, size) {
		_ = make(chan struct{}, minusOne)
	}
}

// nilDereference panics as Go does for a nil pointer dereference.
func nilDereference() {
	var p *int
	_ = *p
}

// typeAssertionError is the run-time error of a failed type assertion, with
// the message of Go's runtime.TypeAssertionError.
type typeAssertionError struct{ msg string }

func (e *typeAssertionError) Error() string { return e.msg }

// RuntimeError marks typeAssertionError as a runtime.Error.
func (*typeAssertionError) RuntimeError() {}

// assertPanic panics as Go does for x.(T) that fails: inter is the static
// type of x, concrete the dynamic one ("" for nil), asserted T, missing the
// first method of T that the dynamic type lacks ("" if T is not an interface
// or nothing is missing).
func assertPanic(inter, concrete, asserted, missing string) {
	switch {
	case concrete == "":
		msg := "interface conversion: " + inter + " is nil, not " + asserted
		if e := nativeAssertError(inter, "", asserted, "", msg); e != nil {
			panic(e)
		}
		panic(&typeAssertionError{msg})
	case missing != "":
		msg := "interface conversion: " + concrete + " is not " + asserted + ": missing method " + missing
		if e := nativeAssertError(inter, concrete, asserted, missing, msg); e != nil {
			panic(e)
		}
		panic(&typeAssertionError{msg})
	}
	msg := "interface conversion: " + inter + " is " + concrete + ", not " + asserted
	if concrete == asserted {
		// gonotes patch (s12-goroot): two types of one name (a local
		// type and the package's, or two funcs' local types), told apart
		// as Go's runtime does.
		msg += " (types from different scopes)"
	}
	if e := nativeAssertError(inter, concrete, asserted, "", msg); e != nil {
		panic(e)
	}
	panic(&typeAssertionError{msg})
}

// assertNameTypes holds the types made by assertNameType, by name.
var assertNameTypes sync.Map

// assertNameType returns a runtime type whose string is name, for the
// message of a runtime.TypeAssertionError (which names its types by their
// strings), or nil.
func assertNameType(name string) unsafe.Pointer {
	if t, ok := assertNameTypes.Load(name); ok {
		return rtTypeOf(t.(reflect.Type))
	}
	t := makeNamedRType(reflect.TypeOf(struct{}{}), name, "main")
	if t == nil || t.String() != name {
		return nil
	}
	t2, _ := assertNameTypes.LoadOrStore(name, t)
	return rtTypeOf(t2.(reflect.Type))
}

// assertErrorSink keeps the assertion of nativeAssertError.
var assertErrorSink string

// nativeAssertError returns Go's error of a failed type assertion, a
// *runtime.TypeAssertionError, whose message is msg, or nil. Its type names
// the program's types, which compiled code does not assert to: the error
// of an assertion that fails natively is copied with its types (its
// fields _interface, concrete and asserted, found by name) replaced by
// types of the names assertPanic has ("" for concrete: a nil interface;
// "interface" for inter: none), and its missing method set; it is used
// if its message is then msg. gonotes patch (s16-fuzz16): %T of the
// recovered value was *interp.typeAssertionError, and errors.As to a
// *runtime.TypeAssertionError found none.
func nativeAssertError(inter, concrete, asserted, missing, msg string) error {
	if !namedTypesWork() {
		return nil
	}
	var r any
	func() {
		defer func() { r = recover() }()
		var x any = 0
		assertErrorSink = x.(string)
	}()
	err, ok := r.(error)
	if !ok {
		return nil
	}
	pt := reflect.TypeOf(err)
	if pt.Kind() != reflect.Ptr || pt.Elem().Kind() != reflect.Struct {
		return nil
	}
	et := pt.Elem()
	fi, ok1 := et.FieldByName("_interface")
	fc, ok2 := et.FieldByName("concrete")
	fa, ok3 := et.FieldByName("asserted")
	fm, ok4 := et.FieldByName("missingMethod")
	if !ok1 || !ok2 || !ok3 || !ok4 || fi.Type.Kind() != reflect.Ptr || fc.Type.Kind() != reflect.Ptr ||
		fa.Type.Kind() != reflect.Ptr || fm.Type.Kind() != reflect.String {
		return nil
	}
	v := reflect.New(et)
	p := v.UnsafePointer()
	for _, f := range []struct {
		off  uintptr
		name string
		none string
	}{{fi.Offset, inter, "interface"}, {fc.Offset, concrete, ""}, {fa.Offset, asserted, ""}} {
		if f.name == f.none {
			continue // nil
		}
		t := assertNameType(f.name)
		if t == nil {
			return nil
		}
		*(*unsafe.Pointer)(unsafe.Add(p, f.off)) = t
	}
	*(*string)(unsafe.Add(p, fm.Offset)) = missing
	out, ok := v.Interface().(error)
	if !ok || out.Error() != msg {
		return nil
	}
	return out
}

// nilAssert fails the assertion of a nil interface to the interface typ:
// it panics as Go does unless the assertion has an ok result, and returns
// false (the ok result). gonotes patch.
func nilAssert(typ *itype, withOk bool) bool {
	if !withOk {
		assertPanic("interface", "", itypeString(typ), "")
	}
	return false
}

// itypeString returns the name of t as Go's runtime prints it.
func itypeString(t *itype) string {
	return anyInTypeArgs(typeDisplayRT(itypeStr(t))) // gonotes patch (s12-goroot): local types are named as Go names them; (s13-public8) any in type arguments as the runtime names it; (s20-escape20): typeDisplayRT
}

// itypeStr is itypeString with the marks of local types.
func itypeStr(t *itype) string {
	if t == nil {
		return "nil"
	}
	if t.cat == interfaceT && len(t.field) == 0 && t.name == "" {
		return "interface {}"
	}
	if t.cat == valueT && t.rtype != nil && t.name == "" {
		return t.rtype.String()
	}
	if t.cat == funcT && t.name == "" { // gonotes patch (types3): as Go writes a func type
		return funcTypeString(t)
	}
	if t.name == "" && t.val != nil { // gonotes patch (s9): from the element's name (the id of a field type []Node of a recursive struct was made before Node had its name)
		switch t.cat {
		case sliceT:
			return "[]" + itypeStr(t.val)
		case ptrT:
			return "*" + itypeStr(t.val)
		case arrayT:
			return "[" + itoa(t.length) + "]" + itypeStr(t.val)
		case mapT:
			if t.key != nil {
				return "map[" + itypeStr(t.key) + "]" + itypeStr(t.val)
			}
		}
	}
	if s := t.id(); s != "" {
		return s
	}
	return t.str
}

// rtypeString returns the name of t as Go's runtime prints it: for the
// type of an interpreted value, the name of the interpreted type declared
// with it if there is one (reflect knows it as an unnamed type).
func (interp *Interpreter) rtypeString(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	if t.Name() != "" || t.PkgPath() != "" {
		return t.String()
	}
	if t.Kind() == reflect.Ptr {
		if s := interp.namedType(t.Elem()); s != "" {
			return "*" + s
		}
	}
	if s := interp.namedType(t); s != "" {
		return s
	}
	return t.String()
}

// namedType returns the name of the interpreted named type of reflect type
// t, or "".
func (interp *Interpreter) namedType(t reflect.Type) (name string) {
	defer func() {
		if recover() != nil {
			name = ""
		}
	}()
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	for _, sc := range interp.scopes {
		for _, sym := range sc.sym {
			if sym.kind != typeSym || sym.typ == nil || sym.typ.name == "" || sym.typ.incomplete {
				continue
			}
			if sym.typ.rtype == t || sym.typ.refType(nil) == t {
				return itypeString(sym.typ)
			}
		}
	}
	return ""
}

// missingMethod returns the first method (in name order) of interface
// type dest that src lacks.
func missingMethod(src, dest reflect.Type) string {
	m := ""
	for i := 0; i < dest.NumMethod(); i++ {
		name := dest.Method(i).Name
		if _, ok := src.MethodByName(name); !ok && (m == "" || name < m) {
			m = name
		}
	}
	return m
}

// missingItypeMethod returns the first method (in name order) of
// interface type dest that interpreted type src (nil: no methods) lacks.
func missingItypeMethod(src, dest *itype) string {
	var have map[string]string
	if src != nil {
		have = src.methods()
	}
	m := ""
	for name := range dest.methods() {
		if _, ok := have[name]; !ok && (m == "" || name < m) {
			m = name
		}
	}
	return m
}

// checkSliceToArray panics as Go does if slice v is too short for array
// type (or pointer to array type) t.
func checkSliceToArray(v reflect.Value, t reflect.Type) {
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if v.Len() < t.Len() {
		if e := sliceConvertError(v.Len(), t.Len()); e != nil {
			panic(e)
		}
		panic(runtimeError("cannot convert slice with length " + itoa(v.Len()) +
			" to array or pointer to array with length " + itoa(t.Len())))
	}
}

// sliceConvertSink keeps the conversion of sliceConvertError.
var sliceConvertSink *[1]struct{}

// sliceConvertError returns Go's run-time error (a runtime.boundsError)
// for the conversion of a slice of length n to an array (or a pointer to
// an array) of length k, or nil. The length of an array type is known to
// compiled code only when it is compiled, so a native conversion cannot
// fail with n and k: the error of one that fails with 0 and 1 is copied
// with its lengths set (its fields x and y, found by name: the array's
// and the slice's), and used if
// its message is then Go's. gonotes patch (s16-fuzz16): %T of the
// recovered value was interp.runtimeError.
func sliceConvertError(n, k int) error {
	var r any
	func() {
		defer func() { r = recover() }()
		sliceConvertSink = (*[1]struct{})(make([]struct{}, 0))
	}()
	err, ok := r.(error)
	if !ok {
		return nil
	}
	rt := reflect.TypeOf(err)
	fx, okx := rt.FieldByName("x")
	fy, oky := rt.FieldByName("y")
	if rt.Kind() != reflect.Struct || !okx || !oky || fx.Type.Kind() != reflect.Int64 || fy.Type.Kind() != reflect.Int {
		return nil
	}
	v := reflect.New(rt).Elem()
	v.Set(reflect.ValueOf(err))
	p := unsafe.Pointer(v.UnsafeAddr())
	*(*int64)(unsafe.Add(p, fx.Offset)) = int64(k) // the array's length
	*(*int)(unsafe.Add(p, fy.Offset)) = n          // the slice's
	out, ok := v.Interface().(error)
	if !ok || out.Error() != "runtime error: cannot convert slice with length "+itoa(n)+" to array or pointer to array with length "+itoa(k) {
		return nil
	}
	return out
}

// runtimePanic returns the run-time error of Go for a panic of reflect
// that is one (an operation on the zero Value that a nil pointer
// dereference gave, a call of a nil func), or r itself.
func runtimePanic(r any) any {
	switch v := r.(type) {
	case *reflect.ValueError:
		if _, user := userValueErrors.Load(v); v.Kind == reflect.Invalid && !user { // gonotes patch (s17-misc17): see markValueError
			return nilDereferenceError()
		}
	case string:
		if v == "reflect: Method on nil interface value" || v == "reflect.Value.Call: call of nil function" {
			return nilDereferenceError()
		}
		if strings.HasPrefix(v, "reflect: indirection through nil pointer to embedded struct") {
			// gonotes patch (s16-public11b): a field promoted through a
			// nil embedded pointer (p.First of struct{ *Named }), which
			// the interpreter reads with reflect's FieldByIndex.
			return nilDereferenceError()
		}
		if v == "reflect.Value.Grow: slice overflow" {
			// gonotes patch (s11-fixa): an append past the largest
			// length (reflect.Append grows the slice), Go's growslice.
			return runtimeError("growslice: len out of range")
		}
	}
	return r
}

// setMapIndex is m.SetMapIndex(k, v) for an assignment to a map entry,
// which reports an unhashable key as Go code does. gonotes patch
// (s11-fixa): reflect's assignment into an empty map reports it with the
// text of the runtime's map package ("hash of unhashable type: []int"), a
// compiled one with the text of the hash functions ("runtime error: hash
// of unhashable type []int"); the reads and deletions of Go code report it
// as reflect's do (the map package's text on an empty map, the hash
// functions' otherwise), so only the assignments are translated (all the
// map operations were, so a read in an empty map had the wrong text).
func setMapIndex(m, k, v reflect.Value) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				if _, ok := e.(interface{ RuntimeError() }); ok {
					if t, ok := strings.CutPrefix(e.Error(), "hash of unhashable type: "); ok {
						panic(runtimeError("hash of unhashable type " + t))
					}
				}
			}
			panic(r)
		}
	}()
	m.SetMapIndex(k, v)
}

// nilDereferenceError returns Go's run-time error for a nil pointer
// dereference.
func nilDereferenceError() (err any) {
	defer func() { err = recover() }()
	nilDereference()
	return nil
}

// isTypeOperand reports whether n, the operand of new, denotes a type
// (new(T)) rather than a value (new(expr), Go 1.26). gonotes patch.
func isTypeOperand(n *node, sc *scope) bool {
	switch n.kind {
	case arrayType, chanType, chanTypeRecv, chanTypeSend, funcType, interfaceType, mapType, structType:
		return true
	case parenExpr, starExpr:
		return len(n.child) == 1 && isTypeOperand(n.child[0], sc)
	case identExpr:
		if n.sym != nil {
			return n.sym.kind == typeSym
		}
		sym, _, ok := sc.lookup(n.ident)
		return ok && sym.kind == typeSym
	case selectorExpr:
		return n.isType(sc) || n.typ != nil && n.typ.cat == valueT && !n.rval.IsValid() && n.sym == nil && n.action == aGetSym
	case indexExpr, indexListExpr:
		// An instantiated generic type.
		return isTypeOperand(n.child[0], sc) || n.child[0].typ != nil && n.child[0].typ.cat == genericT
	}
	return false
}

// genValueShiftCount is genValueUint for the count of a shift: a negative
// signed count panics as in Go ("negative shift amount").
func genValueShiftCount(n *node) func(*frame) (reflect.Value, uint64) {
	switch n.typ.TypeOf().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		value := genValue(n)
		return func(f *frame) (reflect.Value, uint64) {
			v := value(f)
			i := v.Int()
			if i < 0 {
				panicShift(i)
			}
			return v, uint64(i)
		}
	}
	return genValueUint(n)
}

// panicShift panics as Go does for a shift by negative count i.
func panicShift(i int64) {
	_ = 1 << i
}

// exprString returns the source form of simple expressions (identifiers,
// literals, selectors, index expressions), for error messages.
func exprString(n *node) string {
	switch n.kind {
	case identExpr, basicLit:
		return n.ident
	case selectorExpr:
		return exprString(n.child[0]) + "." + exprString(n.child[1])
	case indexExpr:
		return exprString(n.child[0]) + "[" + exprString(n.child[1]) + "]"
	case parenExpr:
		return "(" + exprString(n.child[0]) + ")"
	}
	return "expression"
}

// instantiatedFuncType returns the type of generic func type lt
// instantiated with the types of nodes args (f[int, string]), without
// compiling the instance (cfg does it; the generated AST is not kept).
// gonotes patch.
func instantiatedFuncType(interp *Interpreter, sc *scope, lt *itype, args []*node, seen []*node) (*itype, error) {
	var types []*itype
	for _, c := range args {
		t, err := nodeType2(interp, sc, c, seen)
		if err != nil {
			return nil, err
		}
		types = append(types, t)
	}
	if len(types) < typeParamCount(lt.node.anc) {
		// gonotes patch (s9-genstd): a partial instantiation whose other
		// type arguments come from the core types of the constraints
		// (slices.Index[[]string], also as a value); else completed by
		// the call.
		full, err := completeTypeArgs(sc, lt.node.anc, types, nil)
		if err != nil || len(full) < typeParamCount(lt.node.anc) {
			return lt, nil
		}
		for _, t := range full {
			if t == nil {
				return lt, nil
			}
		}
		types = full
	}
	before := make(map[string]bool, len(interp.generic))
	for k := range interp.generic {
		before[k] = true
	}
	g, _, err := genAST(sc, lt.node.anc, types)
	for k := range interp.generic {
		if !before[k] {
			delete(interp.generic, k)
		}
	}
	if err != nil {
		return nil, err
	}
	return nodeType2(interp, sc, g.child[2], seen)
}

// panicValue returns the value that panic(v) panics with: the dynamic value
// of v, as in Go, not the reflect.Value that holds it (recover() returned
// a reflect.Value, so r.(error) was false and %T printed reflect.Value). A
// nil interface gives nil, which the Go runtime turns into a
// *runtime.PanicNilError. gonotes patch.
func panicValue(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if vi, ok := v.Interface().(valueInterface); ok {
		if !vi.value.IsValid() {
			return nil
		}
		return vi.value.Interface()
	}
	return v.Interface()
}

// typeParamCount returns the number of type parameters of the generic
// func declaration fun (gonotes patch).
func typeParamCount(fun *node) int {
	if fun == nil || fun.kind != funcDecl || len(fun.child) < 3 || len(fun.child[2].child) == 0 {
		return 0
	}
	k := 0
	for _, c := range fun.child[2].child[0].child {
		k += len(c.child) - 1
	}
	return k
}

// errorRType is the reflect type of error. gonotes patch.
var errorRType = reflect.TypeOf((*error)(nil)).Elem()

// ptrReceiver reports whether method declaration m has a pointer receiver.
// gonotes patch.
func ptrReceiver(m *node) bool {
	if m == nil || m.kind != funcDecl || len(m.child) == 0 || len(m.child[0].child) == 0 {
		return false
	}
	return m.child[0].child[0].lastChild().kind == starExpr
}

// funcTypeString returns the name of func type t as Go writes it:
// func(main.P, ...int) (main.P, error). gonotes patch (types3).
func funcTypeString(t *itype) string {
	var b strings.Builder
	b.WriteString("func(")
	for i, a := range t.arg {
		if i > 0 {
			b.WriteString(", ")
		}
		if a != nil && a.cat == variadicT {
			b.WriteString("...")
			a = a.val
		}
		b.WriteString(itypeString(a))
	}
	b.WriteString(")")
	switch len(t.ret) {
	case 0:
	case 1:
		b.WriteString(" " + itypeString(t.ret[0]))
	default:
		b.WriteString(" (")
		for i, r := range t.ret {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(itypeString(r))
		}
		b.WriteString(")")
	}
	return b.String()
}

// rawTypeString returns the name of t, the reflect type of a value held
// as itself by an interface, for a panic message: a struct of an unnamed
// reflect type is a value of an unnamed struct type (structStrict), named
// as Go does (struct { X int; Y int }), not as the notebook's type of that
// layout. gonotes patch (s13-ifacefield).
func (interp *Interpreter) rawTypeString(t reflect.Type) string {
	if t != nil && t.Kind() == reflect.Struct && t.Name() == "" && t != valueInterfaceType {
		return t.String()
	}
	return interp.rtypeString(t)
}

// userValueErrors holds the reflect.ValueErrors panicked by a method of
// reflect.Value that a program called itself (reflect.Value{}.Call(nil)),
// which are the program's panics, not a nil dereference the interpreter
// made with reflect (runtimePanic). gonotes patch (s17-misc17).
var userValueErrors sync.Map // *reflect.ValueError -> struct{}

// ProgramValueError reports whether v is a reflect.ValueError that a
// method of reflect.Value called by the program panicked with: the
// program's own panic, not the interpreter's nil dereference (whose
// message a host may turn into Go's runtime error). gonotes patch
// (s17-misc17).
func ProgramValueError(v any) bool {
	e, ok := v.(*reflect.ValueError)
	if !ok {
		return false
	}
	_, user := userValueErrors.Load(e)
	return user
}

// reflectValueType (reflectguard.go) is the type of reflect.Value.

// reflectValueCall reports whether n calls a method of a reflect.Value
// (or *reflect.Value). gonotes patch (s17-misc17).
func reflectValueCall(n *node) bool {
	if len(n.child) == 0 || n.child[0].kind != selectorExpr || len(n.child[0].child) == 0 {
		return false
	}
	t := n.child[0].child[0].typ
	if t == nil {
		return false
	}
	rt := t.TypeOf()
	if rt != nil && rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	return rt == reflectValueType
}

// markValueErrors makes the exec of n, a call of a method of a
// reflect.Value, record the reflect.ValueError it panics with as the
// program's own (userValueErrors): Go's reflect.Value{}.Call(nil) panics
// "reflect: call of reflect.Value.Call on zero Value", where the
// interpreter reported a nil dereference. gonotes patch (s17-misc17).
func markValueErrors(n *node) {
	exec := n.exec
	if exec == nil {
		return
	}
	n.exec = func(f *frame) bltn {
		defer markValueError()
		return exec(f)
	}
}

// markValueError records the reflect.ValueError being panicked, if any,
// and panics again.
func markValueError() {
	if r := recover(); r != nil {
		if v, ok := r.(*reflect.ValueError); ok {
			userValueErrors.Store(v, struct{}{})
		}
		panic(r)
	}
}
