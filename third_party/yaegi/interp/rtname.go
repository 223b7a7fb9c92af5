// gonotes patch: this file.

package interp

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// The reflect type of a value of an interpreted defined type is its
// underlying type (`type Celsius float64` is a float64, a struct type a
// reflect.StructOf), so compiled code given such a value as an any never
// sees the type's name: reflect.TypeOf(Celsius(3)).Name() is "", %T and
// %v of fmt name float64, context keys of two defined types with one
// underlying type are one key. A named runtime type is made for such a
// type: a copy of the underlying type's runtime descriptor with the flags
// of a named type, the string "main.Celsius" and an uncommon part with the
// package path and no methods (reflect's method tables need code pointers:
// NumMethod of the copy is 0). Values given to compiled code as an any are
// converted to it (reflect.Value.Convert: the underlying types are
// identical), and a value of such a type coming back from compiled code is
// a value of its interpreted type (namedItype).
//
// The copy depends on the runtime's type layout (internal/abi of the
// toolchain): a check at first use (namedTypesWork) makes and uses such
// copies and, if anything differs from what a defined type does, turns the
// feature off, so that a toolchain with another layout gives the
// underlying types as before.

// rtAbiType mirrors internal/abi.Type.
type rtAbiType struct {
	size       uintptr
	ptrBytes   uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      func(unsafe.Pointer, unsafe.Pointer) bool
	gcData     *byte
	str        int32
	ptrToThis  int32
}

// rtUncommon mirrors internal/abi.UncommonType.
type rtUncommon struct {
	pkgPath int32
	mcount  uint16
	xcount  uint16
	moff    uint32
	_       uint32
}

// Mirrors of the kind-specific descriptors of internal/abi.
type (
	rtArray struct {
		rtAbiType
		elem, slice unsafe.Pointer
		len         uintptr
	}
	rtChan struct {
		rtAbiType
		elem unsafe.Pointer
		dir  int
	}
	rtMap struct {
		rtAbiType
		key, elem, group                unsafe.Pointer
		hasher                          func(unsafe.Pointer, uintptr) uintptr
		groupSize, slotSize, elemOffset uintptr
		flags                           uint32
	}
	rtElem struct { // PtrType, SliceType
		rtAbiType
		elem unsafe.Pointer
	}
	// rtFunc mirrors internal/abi.FuncType; its parameter then result
	// types follow it, after the uncommon part of a named type
	// (gonotes patch, s11-refl).
	rtFunc struct {
		rtAbiType
		inCount, outCount uint16
	}
	rtStruct struct {
		rtAbiType
		pkgPath unsafe.Pointer
		fields  []struct {
			name   unsafe.Pointer
			typ    unsafe.Pointer
			offset uintptr
		}
	}
)

// rtNamed is a descriptor followed by its uncommon part, as the runtime
// finds it (abi.Type.Uncommon).
type rtNamed[K any] struct {
	k K
	u rtUncommon
}

const (
	tflagUncommon  = 1 << 0
	tflagExtraStar = 1 << 1
	tflagNamed     = 1 << 2
)

//go:linkname reflectAddReflectOff reflect.addReflectOff
func reflectAddReflectOff(ptr unsafe.Pointer) int32

// rtName returns the offset of a new runtime name (abi.NewName) s.
func rtName(s string) int32 { return rtNameFlags(anyInTypeArgs(typeDisplayRT(s)), 0) } // gonotes patch (s12-goroot): typeDisplay; (s13-public8): anyInTypeArgs; (s20-escape20): typeDisplayRT

// anyInTypeArgs returns the type name s with each type any written in the
// type arguments of a generic type's instance as the runtime writes it,
// "interface {}": the runtime name of Pair[int, any] is
// main.Pair[int,interface {}], as for Pair[int, interface{}] (%T, reflect's
// Name); so is an interface{} literal, whose id is "interface{}".
// Outside brackets s is a name and a path, left as they are.
// gonotes patch (s13-public8).
func anyInTypeArgs(s string) string {
	if !strings.Contains(s, "[") || !strings.Contains(s, "any") && !strings.Contains(s, "interface{}") {
		return s
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case depth > 0 && strings.HasPrefix(s[i:], "any") && (i == 0 || !isIDByte(s[i-1])) && endsTypeWord(s[i+3:]):
			b.WriteString("interface {}")
			i += 3
			continue
		case depth > 0 && strings.HasPrefix(s[i:], "interface{}") && (i == 0 || !isIDByte(s[i-1])):
			b.WriteString("interface {}") // the id of an interface{} literal
			i += len("interface{}")
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// endsTypeWord reports whether rest, what follows a word of a type string,
// ends a type there (a field's name is followed by its type).
func endsTypeWord(rest string) bool {
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', ']', ')', '}', ';':
		return true
	case ' ':
		return len(rest) > 1 && (rest[1] == '}' || rest[1] == ';')
	}
	return false
}

// rtNameFlags returns the offset of a new runtime name s with the flags
// byte flags (1: exported; rtmethods.go).
func rtNameFlags(s string, flags byte) int32 {
	return reflectAddReflectOff(rtNameBytes(s, flags))
}

// rtIface is the layout of an interface value.
type rtIface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

func rtTypeOf(t reflect.Type) unsafe.Pointer {
	return (*rtIface)(unsafe.Pointer(&t)).data
}

func rtTypeFor(p unsafe.Pointer) reflect.Type {
	var proto reflect.Type = reflect.TypeOf(0)
	(*rtIface)(unsafe.Pointer(&proto)).data = p
	return proto
}

func newNamed[K any](under unsafe.Pointer) (*rtAbiType, *rtUncommon, unsafe.Pointer) {
	n := new(rtNamed[K])
	n.k = *(*K)(under)
	return (*rtAbiType)(unsafe.Pointer(&n.k)), &n.u, unsafe.Pointer(n)
}

// makeNamedRType returns a named copy of the reflect type under with the
// string form str ("main.Celsius") and the package path pkg, or nil if the
// kind of under has no copy.
func makeNamedRType(under reflect.Type, str, pkg string) reflect.Type {
	if under == nil || str == "" {
		return nil
	}
	p := rtTypeOf(under)
	var (
		t *rtAbiType
		u *rtUncommon
		q unsafe.Pointer
	)
	switch under.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String,
		reflect.UnsafePointer:
		t, u, q = newNamed[rtAbiType](p)
	case reflect.Array:
		t, u, q = newNamed[rtArray](p)
	case reflect.Chan:
		t, u, q = newNamed[rtChan](p)
	case reflect.Map:
		t, u, q = newNamed[rtMap](p)
	case reflect.Slice, reflect.Ptr:
		t, u, q = newNamed[rtElem](p)
	case reflect.Struct:
		t, u, q = newNamed[rtStruct](p)
	case reflect.Func:
		// gonotes patch (s11-refl): a func type has its parameter and
		// result types after the uncommon part (funcDesc).
		var ok bool
		if q, u, _, ok = newFuncDesc(under, 0); !ok {
			return nil
		}
		t = (*rtAbiType)(q)
	default:
		// Interfaces are never the type of a value.
		return nil
	}
	if reflect.Kind(t.kind&0x1f) != under.Kind() {
		return nil
	}
	t.tflag = t.tflag&^tflagExtraStar | tflagUncommon | tflagNamed
	t.str = rtName(str)
	t.ptrToThis = 0
	h := uint32(2166136261)
	for i := 0; i < len(str); i++ {
		h = (h * 16777619) ^ uint32(str[i])
	}
	t.hash = h ^ t.hash
	moff := uint32(unsafe.Sizeof(rtUncommon{}))
	if under.Kind() == reflect.Func {
		moff = u.moff // gonotes patch (s11-refl): past the parameter types
	}
	*u = rtUncommon{pkgPath: rtName(pkg), moff: moff}
	return rtTypeFor(q)
}

var (
	namedOnce sync.Once
	namedOK   bool
)

// funcDescType returns the reflect type of a named func type's
// descriptor of np parameter and result types and n methods: the
// abi.FuncType, its uncommon part, the parameter and result types, then
// the methods (the uncommon part's moff skips the types).
func funcDescType(np, n int) reflect.Type {
	return reflect.StructOf([]reflect.StructField{
		{Name: "K", Type: reflect.TypeOf(rtFunc{})},
		{Name: "U", Type: reflect.TypeOf(rtUncommon{})},
		{Name: "P", Type: reflect.ArrayOf(np, reflect.TypeOf(unsafe.Pointer(nil)))},
		{Name: "M", Type: reflect.ArrayOf(n, reflect.TypeOf(rtMethod{}))},
	})
}

// newFuncDesc returns a copy of the descriptor of the func type under,
// with an uncommon part (no methods yet, moff past the parameter types)
// and room for n methods: the descriptor, its uncommon part and its
// methods, and false if under's descriptor is not as expected. gonotes patch (s11-refl).
func newFuncDesc(under reflect.Type, n int) (unsafe.Pointer, *rtUncommon, []rtMethod, bool) {
	src := (*rtFunc)(rtTypeOf(under))
	nin, nout := int(src.inCount), int(src.outCount&(1<<15-1))
	if reflect.Kind(src.kind&0x1f) != reflect.Func || nin != under.NumIn() || nout != under.NumOut() || (src.outCount&(1<<15) != 0) != under.IsVariadic() {
		return nil, nil, nil, false
	}
	np := nin + nout
	v := reflect.New(funcDescType(np, n))
	ifaceTypeMu.Lock()
	ifaceTypeMem = append(ifaceTypeMem, v.Interface())
	ifaceTypeMu.Unlock()
	q := v.UnsafePointer()
	*(*rtFunc)(q) = *src
	u := (*rtUncommon)(unsafe.Add(q, unsafe.Sizeof(rtFunc{})))
	ps := unsafe.Slice((*unsafe.Pointer)(unsafe.Add(q, unsafe.Sizeof(rtFunc{})+unsafe.Sizeof(rtUncommon{}))), np)
	for i := 0; i < nin; i++ {
		ps[i] = rtTypeOf(under.In(i))
	}
	for i := 0; i < nout; i++ {
		ps[nin+i] = rtTypeOf(under.Out(i))
	}
	moff := unsafe.Sizeof(rtUncommon{}) + uintptr(np)*unsafe.Sizeof(unsafe.Pointer(nil))
	*u = rtUncommon{moff: uint32(moff)}
	var ms []rtMethod
	if n > 0 {
		ms = unsafe.Slice((*rtMethod)(unsafe.Add(unsafe.Pointer(u), moff)), n)
	}
	return q, u, ms, true
}

var (
	funcNamedOnce sync.Once
	funcNamedOK   bool
)

// funcTypesWork reports whether named copies of func types behave as
// defined func types do (checked once). gonotes patch (s11-refl).
func funcTypesWork() bool {
	funcNamedOnce.Do(func() { funcNamedOK = namedTypesWork() && checkNamedFuncTypes() })
	return funcNamedOK
}

func checkNamedFuncTypes() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	type pred func(string, ...int) (bool, error)
	ft := reflect.TypeOf(func(string, ...int) (bool, error) { return false, nil })
	f := makeNamedRType(ft, "main.Pred", "main")
	g := makeNamedRType(reflect.TypeOf(func() {}), "main.Thunk", "main")
	if f == nil || g == nil {
		return false
	}
	if f.Name() != "Pred" || f.String() != "main.Pred" || f.PkgPath() != "main" || f.Kind() != reflect.Func ||
		f.NumIn() != 2 || f.In(0) != reflect.TypeOf("") || f.In(1) != reflect.TypeOf([]int(nil)) || !f.IsVariadic() ||
		f.NumOut() != 2 || f.Out(1) != reflect.TypeOf((*error)(nil)).Elem() || f.NumMethod() != 0 ||
		!f.ConvertibleTo(ft) || !ft.ConvertibleTo(f) || f == ft || f.AssignableTo(reflect.TypeOf(pred(nil))) {
		return false
	}
	if g.String() != "main.Thunk" || g.NumIn() != 0 || g.NumOut() != 0 || g.IsVariadic() {
		return false
	}
	calls := 0
	v := reflect.ValueOf(func(s string, xs ...int) (bool, error) { calls += len(s) + len(xs); return true, nil }).Convert(f)
	out := v.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(1), reflect.ValueOf(2)})
	if v.Type() != f || calls != 4 || !out[0].Bool() || !out[1].IsNil() || reflect.TypeOf(v.Interface()) != f {
		return false
	}
	back, isF := v.Convert(ft).Interface().(func(string, ...int) (bool, error))
	if !isF || back == nil || reflect.PointerTo(f).String() != "*main.Pred" || reflect.SliceOf(f).String() != "[]main.Pred" {
		return false
	}
	return true
}

// namedTypesWork reports whether named copies behave as defined types do
// (checked once).
func namedTypesWork() bool {
	namedOnce.Do(func() { namedOK = checkNamedTypes() })
	return namedOK
}

func checkNamedTypes() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	type point struct {
		X, Y int
		S    string
	}
	fl := reflect.TypeOf(float64(0))
	c := makeNamedRType(fl, "main.Celsius", "main")
	st := reflect.TypeOf(point{})
	p := makeNamedRType(st, "main.P", "main")
	sl := makeNamedRType(reflect.TypeOf([]string(nil)), "main.L", "main")
	m := makeNamedRType(reflect.TypeOf(map[string]int(nil)), "main.M", "main")
	if c == nil || p == nil || sl == nil || m == nil {
		return false
	}
	if c.Name() != "Celsius" || c.String() != "main.Celsius" || c.PkgPath() != "main" || c.Kind() != reflect.Float64 ||
		c.NumMethod() != 0 || c.Size() != fl.Size() || !c.ConvertibleTo(fl) || !fl.ConvertibleTo(c) || c == fl ||
		c.AssignableTo(fl) || !c.Comparable() {
		return false
	}
	if p.Name() != "P" || p.String() != "main.P" || p.Kind() != reflect.Struct || p.NumField() != 3 ||
		p.Field(2).Name != "S" || !p.ConvertibleTo(st) || p.Size() != st.Size() {
		return false
	}
	if sl.String() != "main.L" || sl.Elem() != reflect.TypeOf("") || m.Key() != reflect.TypeOf("") || m.Elem() != reflect.TypeOf(0) {
		return false
	}
	v := reflect.ValueOf(point{1, 2, "s"}).Convert(p)
	if v.Type() != p || v.Field(2).String() != "s" || v.Convert(st).Interface().(point) != (point{1, 2, "s"}) {
		return false
	}
	pv := reflect.New(p)
	pv.Elem().Field(0).SetInt(5)
	if pv.Type().String() != "*main.P" || pv.Elem().Field(0).Int() != 5 || pv.Type().Elem() != p {
		return false
	}
	x := reflect.ValueOf(2.5).Convert(c).Interface()
	y := reflect.ValueOf(2.5).Convert(c).Interface()
	if x != y || x == any(2.5) || reflect.TypeOf(x) != c {
		return false
	}
	km := map[any]int{x: 1, 2.5: 2}
	if len(km) != 2 || km[y] != 1 {
		return false
	}
	mv := reflect.MakeMap(reflect.MapOf(c, reflect.TypeOf(0)))
	mv.SetMapIndex(reflect.ValueOf(1.5).Convert(c), reflect.ValueOf(3))
	if mv.Len() != 1 || mv.MapIndex(reflect.ValueOf(1.5).Convert(c)).Int() != 3 || mv.Type().String() != "map[main.Celsius]int" {
		return false
	}
	s := reflect.MakeSlice(reflect.SliceOf(p), 2, 2)
	s.Index(1).Field(2).SetString("t")
	if s.Type().String() != "[]main.P" || s.Index(1).Field(2).String() != "t" {
		return false
	}
	if !reflect.DeepEqual(v.Interface(), reflect.ValueOf(point{1, 2, "s"}).Convert(p).Interface()) {
		return false
	}
	return true
}

// namedKey identifies the named copy of an interpreted type.
type namedKey struct {
	id    string
	under reflect.Type
	meth  *node // the first method of a type with methods (rtmethods.go)
	nmeth int
	mkey  uint64 // methodsKey (gonotes patch): a method declared again
	deps  any    // the runtime types of the elements or fields (rtstruct.go)
}

// itypeKey identifies the runtime type made for an interpreted type by the
// type itself (rtstruct.go): an itypeEntry made while rtGen was gen.
type itypeKey struct {
	t        *itype
	meth     *node
	nmeth    int
	mkey     uint64 // methodsKey
	composed bool
}

type itypeEntry struct {
	r   reflect.Type
	gen int64
}

// rtGen counts the runtime types made (named, composite, struct): an
// itypeEntry of an earlier count is checked again, as a type its elements
// or fields are of may have been made again (a cell declaring it again).
var rtGen atomic.Int64

// itypeLoad returns the runtime type made for t (namedRType with
// composed false, else composedRType) if it is known, with the current
// count of rtGen for itypeStore.
func (interp *Interpreter) itypeLoad(t *itype, composed bool) (itypeKey, int64, reflect.Type, bool) {
	k := itypeKey{t: t, nmeth: len(t.method), mkey: methodsKey(t), composed: composed}
	if len(t.method) > 0 {
		k.meth = t.method[0]
	}
	g := rtGen.Load()
	if e, ok := interp.named.Load(k); ok && e.(itypeEntry).gen == g {
		return k, g, e.(itypeEntry).r, true
	}
	return k, g, nil, false
}

// namedRType returns the named runtime type of the interpreted defined type
// t, or nil if t has none (not a defined type of interpreted code, or named
// copies do not work).
func (interp *Interpreter) namedRType(t *itype) reflect.Type {
	if t != nil && t.cat == ptrT && t.name == "" { // gonotes patch: rtmethods.go
		return interp.namedPtrRType(t)
	}
	if t == nil || t.name == "" || t.path == "" || t.incomplete || t.untyped {
		return nil
	}
	switch t.cat {
	case valueT, nilT, errorT, builtinT, binPkgT, srcPkgT, genericT, interfaceT:
		return nil
	case ptrT: // gonotes patch (s19-public19): a defined pointer type (type P *T) is named, see namedRTypeOf
		if t.val == nil || t.val == t || t.val.incomplete {
			return nil
		}
	case funcT:
		// gonotes patch (s11-refl): a defined func type (see funcTypesWork),
		// not a recursive one (its runtime type has interface{} in place
		// of itself).
		if t.selfFunc || !funcTypesWork() {
			return nil
		}
	}
	if b, ok := sigBuilding.Load(t); ok {
		r, _ := b.(reflect.Type) // gonotes patch (s11-refl): its method table is being made (rtmethods.go sigNames), or its signature looked at
		return r
	}
	// gonotes patch: by the type first (rtstruct.go).
	k, g, r, ok := interp.itypeLoad(t, false)
	if !ok {
		r = interp.namedRTypeOf(t)
		if r != nil || !methodsPending(t) { // gonotes patch (s14-public9b)
			interp.named.Store(k, itypeEntry{r, g})
		}
	}
	return r
}

// methodsPending reports whether a method of t is declared but not
// compiled yet: t has no runtime type with methods until it is, and none
// is kept for it (a generic type of a source package instantiated with t
// in a field of a type declared before t's methods compile, such as
// atomic.Pointer[Config], asks for it first). gonotes patch (s14-public9b).
func methodsPending(t *itype) bool {
	for _, m := range t.method {
		def, ok := m.val.(*node)
		if !ok || m.kind != funcDecl {
			continue
		}
		if def.typ == nil || len(def.child) < 4 || def.child[3].start == nil || len(def.types) <= len(def.typ.ret) {
			return true
		}
	}
	return false
}

// namedRTypeOf is namedRType without the look-up by the type itself.
func (interp *Interpreter) namedRTypeOf(t *itype) reflect.Type {
	under := t.TypeOf()
	if under == nil || under.Kind() == reflect.Interface || under.Kind() == reflect.Func && !funcTypesWork() || under.Kind() == reflect.Ptr && t.cat != ptrT { // gonotes patch (s11-refl): func types; (s19-public19) a defined pointer type
		return nil
	}
	if !namedTypesWork() {
		return nil
	}
	if t.val == t && len(t.method) == 0 { // gonotes patch: type L []L is named already (rtself.go)
		namedBacks.LoadOrStore(under, &namedBack{t: t, n: &node{kind: identExpr, typ: t, interp: interp}})
		namedMade.Add(1)
		return under
	}
	base := under
	cu := interp.composedUnder(t) // gonotes patch: before the look-up: its types are in the key (rtstruct.go)
	if cu != nil {
		base = cu // type IDs []ID: a copy of []main.ID (rtcompose.go)
	}
	if under.Kind() == reflect.Func {
		// gonotes patch (s11-refl): a func type names the notebook's
		// types of its signature (type Middleware func(Handler) Handler:
		// func(main.Handler) main.Handler), as method types do
		// (sigNames); its values are the interpreter's funcs seen as
		// such (reinterpret: the layouts are the same). A type met again
		// while its signature is looked at (type A func() B; type B
		// func() A) is its underlying type there.
		if _, busy := sigBuilding.LoadOrStore(t, nil); !busy {
			base = namedSig(under, interp.sigNames(t))
			sigBuilding.Delete(t)
			if base != under {
				cu = base
			}
		}
	}
	key := namedKey{t.id(), under, nil, len(t.method), methodsKey(t), rtDeps(cu)}
	if len(t.method) > 0 {
		key.meth = t.method[0] // gonotes patch: a type with methods (rtmethods.go)
	}
	if r, ok := interp.named.Load(key); ok {
		if r == nil {
			return nil
		}
		return r.(reflect.Type)
	}
	pkg := t.path
	str := pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.name
	var r reflect.Type
	if len(t.method) > 0 || hasPromoted(t) { // gonotes patch: rtmethods.go; promoted methods (s9-methods: rtpromote.go)
		r = interp.makeMethodNamed(t, base, str, pkg)
		if r == nil && len(t.method) == 0 {
			r = makeNamedRType(base, str, pkg)
		}
	} else {
		// gonotes patch (s9-methods): the type made before for a type of
		// the same name and layout (a cell declaring it run again), so
		// that the types made of it (rtstruct.go) and their method
		// tables are reused too (rtmethods.go methodReuse).
		rk := plainNamedKey{t.id(), pkg, base} // gonotes patch (s12-goroot): a local type's id is its own
		if old, ok := interp.plainNamed.Load(rk); ok {
			r = old.(reflect.Type)
		} else if r = makeNamedRType(base, str, pkg); r != nil {
			interp.plainNamed.Store(rk, r)
		}
	}
	if r == nil {
		if !methodsPending(t) { // gonotes patch (s14-public9b)
			interp.named.Store(key, nil)
		}
		return nil
	}
	if old, loaded := interp.named.LoadOrStore(key, r); loaded {
		if old == nil {
			return nil
		}
		return old.(reflect.Type) // gonotes patch: made meanwhile (rtstruct.go)
	}
	namedMade.Add(1)
	rtGen.Add(1) // gonotes patch: rtstruct.go
	namedBacks.Store(r, &namedBack{t: t, n: &node{kind: identExpr, typ: t, interp: interp}})
	interp.selfFields(t, r) // gonotes patch: rtstruct.go
	return r
}

// plainNamedKey identifies a named runtime type without methods of an
// interpreter (Interpreter.plainNamed).
type plainNamedKey struct {
	str, pkg string
	base     reflect.Type
}

// namedBacks holds the *namedBack of each named runtime type (which is
// made by one interpreter for one of its types).
var namedBacks sync.Map

// namedMade counts the named runtime types made: values need no look-up
// before the first.
var namedMade atomic.Int64

// namedBack is the interpreted type of a named runtime type, and a node of
// that type for the valueInterfaces of its values.
type namedBack struct {
	t *itype
	n *node
	// under caches t.TypeOf() (a reflect.Type), which builds the type
	// each time (gonotes patch: backVI runs for every assertion of a
	// compiled interface value holding a value of a named runtime type).
	under atomic.Value
	// nilOnly: only a nil value of the runtime type is a value of t (a
	// nil pointer to a runtime interface type, rtifacetype.go: a pointer
	// to a value of that layout is not a pointer to a valueInterface).
	nilOnly bool
}

// namedDyn returns v, an empty interface (reflect.Value of kind Interface)
// holding a value of a named runtime type (a value that went through
// compiled code), as interpreted code holds such a value in an empty
// interface: a valueInterface of the underlying value (dyntype.go). Other
// values are returned as they are.
func (interp *Interpreter) namedDyn(v reflect.Value) reflect.Value {
	if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() {
		return v
	}
	e := v.Elem()
	if vi, ok := namedVI(e); ok {
		t := v.Type()
		if t.NumMethod() > 0 { // gonotes patch: a compiled interface holding a value with methods (rtmethods.go)
			t = emptyInterfaceType
		}
		r := reflect.New(t).Elem()
		r.Set(reflect.ValueOf(vi))
		return r
	}
	return v
}

// namedVI returns the valueInterface of v if it is a value of a named
// runtime type.
func namedVI(v reflect.Value) (valueInterface, bool) {
	if namedMade.Load() == 0 || !v.IsValid() {
		return valueInterface{}, false
	}
	rt := v.Type()
	if rt.PkgPath() == "" && (rt.Kind() != reflect.Ptr || rt.Elem().PkgPath() == "") { // gonotes patch: pointers to named types (rtmethods.go) are below
		return composedVI(v) // rtcompose.go
	}
	return backVI(v)
}

// backVI returns the valueInterface of v if its type is a runtime type made
// for an interpreted type (namedBacks): v's memory seen as a value of that
// type's reflect type.
func backVI(v reflect.Value) (valueInterface, bool) {
	rt := v.Type()
	b, ok := namedBacks.Load(rt)
	if !ok {
		return valueInterface{}, false
	}
	nb := b.(*namedBack)
	if nb.nilOnly && (v.Kind() != reflect.Ptr || !v.IsNil()) { // gonotes patch: rtifacetype.go
		return valueInterface{}, false
	}
	var under reflect.Type
	if u, ok := nb.under.Load().(reflect.Type); ok {
		under = u
	} else if under = nb.t.TypeOf(); under != nil {
		nb.under.Store(under)
	}
	if under == nil || under.Kind() != rt.Kind() || under.Size() != rt.Size() {
		return valueInterface{}, false
	}
	return valueInterface{nb.n, reinterpret(v, under)}, true
}

// toNamed returns v, a value of the interpreted type t, as a value of its
// named runtime type, or v if it has none.
func (interp *Interpreter) toNamed(t *itype, v reflect.Value) reflect.Value {
	if !v.IsValid() || v.Kind() == reflect.Interface {
		return v
	}
	if t != nil && t.cat == funcT && v.Kind() == reflect.Func { // gonotes patch (s12-iface): ifacefunc.go
		if w, ok := interp.ifaceFunc(t, v); ok {
			return w
		}
	}
	e := interp.crossOf(t)
	if e.direct && v.Type() == e.from {
		// The named type's memory is the value's: a copy seen as r,
		// without reflect's conversion checks (gonotes patch).
		p := reflect.New(e.r)
		reflect.NewAt(e.from, p.UnsafePointer()).Elem().Set(v)
		return p.Elem()
	}
	r := e.r
	if r == nil || v.Type() == r || v.Type() != t.TypeOf() && !v.Type().ConvertibleTo(r) {
		return v
	}
	return reinterpret(v, r)
}

// methodsKey identifies the methods t has now: a hash of the numbers of
// their declarations' nodes (node.index, never reused in an interpreter).
// A cell that declares a method again replaces it in t.method
// (addMethod): the runtime types made before, whose method tables call the
// earlier declaration, must not be used for values made after.
// The methods promoted from embedded fields count too (a method of an
// embedded type declared again).
// gonotes patch.
func methodsKey(t *itype) uint64 {
	return methodsKeyOf(t, 14695981039346656037, 0)
}

// methodsKeyOf mixes into h the methods of t and those of its embedded
// fields, to the depth of 4 embeddings (a type may embed a pointer to
// itself).
func methodsKeyOf(t *itype, h uint64, depth int) uint64 {
	for _, m := range t.method {
		h ^= uint64(m.index)
		h *= 1099511628211
	}
	if depth == 4 || t.cat != structT {
		return h
	}
	for _, f := range t.field {
		if !f.embed || f.typ == nil {
			continue
		}
		ft := f.typ
		if ft.cat == ptrT && ft.val != nil {
			ft = ft.val
		}
		h = methodsKeyOf(ft, h*31+1, depth+1)
	}
	return h
}

// crossEntry is what toNamed needs of an interpreted type t, made once
// per t while no runtime type is made again (rtGen) and t's methods stay.
type crossEntry struct {
	t      *itype
	interp *Interpreter
	gen    int64
	mkey   uint64       // methodsKey(t)
	r      reflect.Type // crossRType(t)
	from   reflect.Type // t.TypeOf()
	direct bool         // r is a defined type whose underlying type is from's
}

// crossOf returns t's crossEntry. gonotes patch: toNamed ran
// crossRType's look-up, ConvertibleTo and Convert (two walks of both
// types) at each conversion of a value to a compiled interface.
func (interp *Interpreter) crossOf(t *itype) *crossEntry {
	g, mk := rtGen.Load(), methodsKey(t)
	if e := (*crossEntry)(atomic.LoadPointer(&t.cross)); e != nil && e.t == t && e.interp == interp && e.gen == g && e.mkey == mk {
		return e
	}
	e := &crossEntry{t: t, interp: interp, gen: g, mkey: mk, r: interp.crossRType(t), from: t.TypeOf()}
	if e.r != nil && e.from != nil && e.r != e.from && e.r.Kind() == e.from.Kind() && e.r.Size() == e.from.Size() &&
		e.r.Name() != "" && e.from.Name() == "" && e.from.ConvertibleTo(e.r) && e.r.ConvertibleTo(e.from) && e.r.Kind() != reflect.Interface {
		e.direct = e.r.Kind() == reflect.Struct && structLayoutSame(e.r, e.from) || e.r.Kind() != reflect.Struct && e.r.Kind() != reflect.Array
	}
	atomic.StorePointer(&t.cross, unsafe.Pointer(e))
	return e
}

// structLayoutSame reports whether the structs a and b have the same
// field types at the same offsets (the types a conversion between them
// needs: Convert accepts two structs that differ only in field tags).
func structLayoutSame(a, b reflect.Type) bool {
	if a.NumField() != b.NumField() {
		return false
	}
	for i := 0; i < a.NumField(); i++ {
		fa, fb := a.Field(i), b.Field(i)
		if fa.Type != fb.Type || fa.Offset != fb.Offset {
			return false
		}
	}
	return true
}

// genNamedFunc returns value, the func of c given to compiled code as an
// any, as a value of the named runtime type of c's defined func type
// (reflect.TypeOf(F(nil)) is main.F), if it has one. gonotes patch
// (s11-refl).
func (interp *Interpreter) genNamedFunc(c *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	t := c.typ
	if t == nil || t.cat != funcT || t.name == "" {
		return value
	}
	r := interp.namedRType(t)
	if r == nil || r.Kind() != reflect.Func {
		return value
	}
	return func(f *frame) reflect.Value {
		v := value(f)
		if !v.IsValid() || v.Kind() != reflect.Func || v.Type() == r || v.Type().Size() != r.Size() {
			return v
		}
		return reinterpret(v, r)
	}
}

// genNamedArg returns the value of c, of an interpreted defined type,
// given to compiled code as an any: a value of its named runtime type.
func genNamedArg(interp *Interpreter, c *node) func(*frame) reflect.Value {
	value := genValue(c)
	if isFuncSrc(c.typ) { // gonotes patch (s12-iface): a declared func is a func value
		value = genFuncValue(c)
		if hasIfaceSig(c.typ) { // ifacefunc.go
			return interp.genIfaceFunc(c, value)
		}
	}
	if interp.crossRType(c.typ) == nil {
		return value
	}
	t := c.typ
	return func(f *frame) reflect.Value { return interp.toNamed(t, value(f)) }
}

// namedResult returns v, a result of an empty interface type of an
// interpreted function called by compiled code, holding a value of its
// named runtime type if it holds a value of an interpreted defined type
// without methods.
func (interp *Interpreter) namedResult(v reflect.Value) reflect.Value {
	vi, ok := emptyIfaceDyn(v)
	if !ok || vi.node.typ.cat == valueT {
		return v
	}
	u := innermostVI(vi)
	if u.node == nil || !u.value.IsValid() || u.value.Type() == valueInterfaceType || interp.crossRType(u.node.typ) == nil {
		return v
	}
	r := reflect.New(v.Type()).Elem()
	r.Set(interp.toNamed(u.node.typ, u.value))
	return r
}
