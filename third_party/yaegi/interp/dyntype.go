// gonotes patch: this file.

package interp

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// The reflect type of a value of an interpreted defined type is its
// underlying type (`type Celsius float64` is a float64, `type A []int` a
// []int), so a value stored as itself in an empty interface has lost its
// type: `var x any = Celsius(1)` printed float64 for %T, matched
// `x.(float64)`, and `x.(Named)` failed for a type with methods. A value of
// such a type assigned to a variable of an empty interface type is stored
// as a valueInterface, which keeps its interpreted type (as a non-empty
// interface does), and the places reading an empty interface (type
// assertions, type switches, comparisons, calls of compiled functions)
// take the dynamic type from it. Values reaching an empty interface
// elsewhere (elements of containers, compiled code) are still stored as
// themselves, and matched by their reflect type as before.

// dynTypeNeeded reports whether a value of type t needs its interpreted type
// kept in an empty interface: its reflect type is also that of other types.
// t is a defined type of interpreted code, or a composite type (pointer,
// slice, array, map, chan, struct) made of one, or of an interpreted
// interface type with methods. Values of other types are stored as
// themselves: their reflect type is their type.
func dynTypeNeeded(t *itype) bool {
	return dynTypeNeededDepth(t, 0)
}

func dynTypeNeededDepth(t *itype, depth int) bool {
	if t == nil || t.untyped || t.incomplete || depth > 8 {
		return false
	}
	if isInterfaceSrc(t) {
		// An element of an interface type with methods is a valueInterface.
		// gonotes patch: so is one of a defined empty interface type (type
		// Payload any), whose name the composite type keeps: []Payload
		// held by an any printed as []interface {}.
		return depth > 0 && (!isEmptyInterface(t) || t.name != "" && t.path != "")
	}
	switch t.cat {
	case valueT, nilT, errorT, builtinT, binPkgT, srcPkgT, genericT:
		return false
	case funcT:
		// gonotes patch (s11-refl): a defined func type (its values have
		// the reflect type of its signature), not a recursive one.
		// gonotes patch (s15-noticeda): a recursive one too (type Fn
		// func(Fn) int): its values have no named runtime type, but an
		// interface holding one keeps its type for assertions and %T
		// (`var a any = f` printed func(interface {}) int).
		if t.name != "" && t.path != "" || t.selfFunc || !funcTypesWork() {
			return t.name != "" && t.path != "" && (t.selfFunc || funcTypesWork())
		}
		// gonotes patch (s16-errwords): an unnamed func type whose
		// signature is a recursive func type's (func(Fn) int with type
		// Fn func(Fn) int) has Fn's runtime type (sameSelfFunc): its
		// values keep their type, or x.(Fn) held for a func literal.
		if depth == 0 && sameSelfFunc(t) != nil {
			return true
		}
		// gonotes patch (s12-iface): an unnamed func type with a
		// parameter or result of a type that needs its type kept
		// (func(e UserCreated)): its reflect type is that of the
		// underlying types (func(struct { Name string })), given to
		// compiled code with the notebook types' runtime types
		// (composedRType, crossFuncType).
		for _, l := range [][]*itype{t.arg, t.ret} {
			for _, a := range l {
				if a != nil && !isInterface(a) && !isFuncSrc(a) && dynTypeNeededDepth(a, depth+1) {
					return true
				}
				if a != nil && a.cat != variadicT && isInterfaceSrc(a) && !isEmptyInterface(a) { // ifacefunc.go
					return true
				}
				if a != nil && a.cat == variadicT && a.val != nil && isInterfaceSrc(a.val) && !isEmptyInterface(a.val) { // gonotes patch (s20-escape20): ...Shape (ifacefunc.go)
					return true
				}
			}
		}
		return false
	case ptrT, sliceT, arrayT, mapT, chanT, chanSendT, chanRecvT, structT:
		if t.name != "" {
			return true
		}
		switch t.cat {
		case mapT:
			return dynTypeNeededDepth(t.key, depth+1) || dynTypeNeededDepth(t.val, depth+1)
		case structT:
			if embedsBinMethods(t) {
				// gonotes patch (s17-embedcompiled): an unnamed struct type
				// embedding a compiled type with methods (struct{
				// time.Time; N int }) has the promoted methods, which its
				// runtime type lacks: x.(fmt.Stringer) of an any holding
				// one was false.
				return true
			}
			for _, f := range t.field {
				if dynTypeNeededDepth(f.typ, depth+1) {
					return true
				}
			}
			return false
		}
		return dynTypeNeededDepth(t.val, depth+1)
	}
	// A defined type (predeclared types such as int have no path).
	return t.name != "" && t.path != ""
}

// dynTypeStrict reports whether an empty interface holding a value as
// itself (not a valueInterface) does not hold a value of type t, although
// its reflect type may be t's: `var b any = 7; b.(Code)` is false. t needs
// its type kept (dynTypeNeeded), so that interpreted code stores its values
// as valueInterfaces, and it is neither a struct nor a pointer: values given
// to compiled code as themselves come back so (heap.Pop(h).(*Item),
// v.Load().(Config), the target of errors.As in an As method), and the
// reflect type of a struct or pointer is seldom that of another type.
func dynTypeStrict(t *itype) bool {
	if !dynTypeNeeded(t) || isInterface(t) {
		return false
	}
	if t.selfFunc {
		// A recursive func type: its values cross compiled code as
		// themselves (no named runtime type) and come back so.
		return false
	}
	rt := t.TypeOf()
	return rt != nil && rt.Kind() != reflect.Struct && rt.Kind() != reflect.Ptr
}

// structStrict reports whether an empty interface (or a compiled
// interface) holding a struct value as itself does not hold a value of t,
// a defined struct type of interpreted code: interpreted code keeps the
// values of t in interfaces as valueInterfaces (dynTypeNeeded), and gives
// them to compiled code as values of t's named runtime type (rtname.go),
// which come back as valueInterfaces (namedVI). A struct stored as itself
// with t's reflect type is then a value of an unnamed struct type with
// t's fields: any(struct{ X, Y int }{1, 2}).(Point) is false. Without a
// named runtime type (named copies do not work), values of t cross
// compiled code as themselves, and the check is as before (dynTypeStrict).
// gonotes patch (s13-ifacefield).
func (interp *Interpreter) structStrict(t *itype) bool {
	if t == nil || t.name == "" || t.path == "" || isInterface(t) || isGeneric(t) || !dynTypeNeeded(t) {
		return false
	}
	rt := t.TypeOf()
	if rt == nil || rt.Kind() != reflect.Struct || rt.Name() != "" {
		return false
	}
	return interp.namedRType(t) != nil
}

// ptrStrict reports whether an empty interface (or a compiled interface)
// holding a pointer as itself does not hold a value of t, an unnamed
// pointer type to a defined type of interpreted code: interpreted code
// keeps the values of t in interfaces as valueInterfaces (dynTypeNeeded),
// and gives them to compiled code as pointers to the element's named
// runtime type (namedPtrRType), which come back as values of t. A pointer
// stored as itself with t's reflect type then points to a value of an
// unnamed type: with type Arr [3]int and var a [3]int, any(&a).(*Arr) is
// false, as in Go. Without a named runtime type, values of t cross
// compiled code as themselves, and the check is as before.
// gonotes patch (s15-noticeda).
func (interp *Interpreter) ptrStrict(t *itype) bool {
	if t == nil || t.cat != ptrT || t.name != "" || t.val == nil {
		return false
	}
	e := t.val
	if e.name == "" || e.path == "" || isInterface(e) || isGeneric(e) || e.cat == ptrT || !dynTypeNeeded(t) {
		return false
	}
	return interp.namedPtrRType(t) != nil
}

// rawStructOf reports whether i, a value held as itself by an interface
// operand of a comparison, is a struct of an unnamed reflect type: a value
// of an unnamed struct type (see structStrict). gonotes patch
// (s13-ifacefield).
func rawStructOf(i interface{}) bool {
	if i == nil {
		return false
	}
	rt := reflect.TypeOf(i)
	return rt.Kind() == reflect.Struct && rt.Name() == "" && rt != valueInterfaceType && namedTypesWork()
}

// definedKey reports whether key, the name of the dynamic or static type
// of an operand (dynKey) whose reflect type is a struct type, names a
// defined type (main.Point), not a struct literal (struct { X int }).
// gonotes patch (s13-ifacefield).
func definedKey(key string) bool {
	return key != "" && !strings.HasPrefix(key, "struct")
}

// dynIfaceValue reports whether the value of n stored in a place of type
// dest is a valueInterface made by genDynValue: dest is an empty interface,
// and the type of n (dynConcreteType) a type without methods (values of
// types with methods are valueInterfaces already, made by
// genValueInterface) that needs its type kept.
func dynIfaceValue(dest *itype, n *node) bool {
	if binIfaceToAny(dest, n) { // gonotes patch: rtiface.go
		return true
	}
	if dest == nil || n == nil || !isEmptyInterface(dest) {
		return false
	}
	src := fieldFuncType(dynConcreteType(n)) // gonotes patch (s20-escape20): fieldFuncType
	return src != nil && !isInterface(src) && len(src.method) == 0 && dynTypeNeeded(src)
}

// fieldFuncType returns the func type of t if t is the type of a func read
// from a struct field (a value of its reflect type whose val is its func
// type, wrapperValueTOf), or else t. An empty interface holds such a func
// with its func type, as a func of that type: func(main.Shape) float64
// for %T and reflect, not func(interp.valueInterface) float64. gonotes
// patch (s20-escape20).
func fieldFuncType(t *itype) *itype {
	if t != nil && t.cat == valueT && t.val != nil && t.val.cat == funcT && t.rtype != nil && t.rtype.Kind() == reflect.Func && t.val.TypeOf() == t.rtype {
		return t.val
	}
	return t
}

// dynConcreteType returns the type of the value of n: for an operation or
// a conversion whose result is assigned or returned to an interface, whose
// type is the interface with the concrete type in val, that concrete type.
func dynConcreteType(n *node) *itype {
	t := n.typ
	if t == nil || !isInterfaceSrc(t) || t.val == nil || isInterface(t.val) || t.val.cat == nilT {
		return t
	}
	switch {
	case n.kind == binaryExpr, n.kind == unaryExpr && n.action != aRecv, n.kind == parenExpr, n.action == aConvert:
		return t.val
	}
	return t
}

// dynKey returns the name of the type of an operand of a comparison of
// interfaces, for an operand of static type t: "" (unknown) for an
// interface, whose dynamic type dynOperand finds.
func dynKey(t *itype) string {
	if t == nil || t.cat == nilT || isInterfaceSrc(t) || isInterfaceBin(t) {
		return ""
	}
	if t.untyped {
		switch t.cat {
		case boolT:
			return "bool"
		case intT:
			return "int"
		case int32T:
			return "int32"
		case float64T:
			return "float64"
		case complex128T:
			return "complex128"
		case stringT:
			return "string"
		}
		return ""
	}
	return t.id()
}

// srcTypeKeys holds the names (dynKey) of the static types of operands of
// comparisons with interfaces that mention a type declared by the program
// and need their type kept (rawOfOtherType). gonotes patch (s17-fuzz17).
var srcTypeKeys sync.Map

// staticDynKey is dynKey of the static type t of an operand of a
// comparison with an interface, made when the comparison is compiled; it
// notes in srcTypeKeys a type that mentions one declared by the program.
// gonotes patch (s17-fuzz17).
func staticDynKey(t *itype) string {
	k := dynKey(t)
	if k != "" && mentionsSrcType(t) && dynTypeNeeded(t) { // gonotes patch (s20-harvest20): mentionsSrcType takes no depth
		srcTypeKeys.Store(k, true)
	}
	return k
}

// dynOperand returns the value v of an operand of static type key (from
// dynKey) for a comparison of interfaces, and the name of its dynamic type
// if it is known: a valueInterface holding a value gives its interpreted
// type, a value stored as itself in an interface gives "".
func dynOperand(v reflect.Value, key string) (string, interface{}) {
	k, i, _ := dynOperandType(v, key)
	return k, i
}

// dynOperandType is dynOperand, with the interpreted type the name is of
// when the operand is a valueInterface, and dyn false when the value was
// held as itself (a raw value: its type has no type declared by the
// program, dynTypeNeeded). gonotes patch (s17-fuzz17).
func dynOperandType(v reflect.Value, key string) (string, interface{}, *itype) {
	if !v.IsValid() {
		return "", nil, nil
	}
	if key != "" {
		return key, v.Interface(), nil
	}
	i := v.Interface()
	vi, ok := i.(valueInterface)
	if !ok {
		if vi, ok = namedVI(reflect.ValueOf(i)); !ok { // gonotes patch: rtname.go
			if k := wrapperKey(i); k != "" { // gonotes patch: rtiface.go
				return k, wrapperValue(i), nil
			}
			return rawKey(i), wrapperValue(i), nil
		}
	}
	for {
		if vi.node == nil || vi.node.typ == nil || vi.node.typ.cat == nilT || !vi.value.IsValid() {
			return "", nil, nil
		}
		next, ok := vi.value.Interface().(valueInterface)
		if !ok {
			break
		}
		vi = next
	}
	k := dynKey(vi.node.typ)
	t := vi.node.typ
	v = vi.value
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", nil, nil
		}
		v = v.Elem()
		k, t = rawKey(v.Interface()), nil
	}
	return k, wrapperValue(v.Interface()), t
}

// rawKey returns the name of the type of i, a value stored as itself in an
// interface, if it is a predeclared type (bool, a number, string): values of
// interpreted types are valueInterfaces (dyntype.go), so the reflect type
// of such a value is its type. It returns "" (unknown) for other values.
func rawKey(i interface{}) string {
	if i == nil {
		return ""
	}
	rt := reflect.TypeOf(i)
	if k := rt.Kind(); k < reflect.Kind(len(basicTypes)) && basicTypes[k] == rt {
		return basicNames[k]
	}
	if rt == stringType {
		return "string"
	}
	return ""
}

// basicTypes are the predeclared types of the kinds up to Complex128, by
// kind, and basicNames their names.
var basicTypes, basicNames = func() ([reflect.Complex128 + 1]reflect.Type, [reflect.Complex128 + 1]string) {
	var ts [reflect.Complex128 + 1]reflect.Type
	var ns [reflect.Complex128 + 1]string
	for _, v := range []interface{}{false, 0, int8(0), int16(0), int32(0), int64(0), uint(0), uint8(0), uint16(0), uint32(0), uint64(0), uintptr(0), float32(0), float64(0), complex64(0), complex128(0)} {
		t := reflect.TypeOf(v)
		ts[t.Kind()], ns[t.Kind()] = t, t.Name()
	}
	return ts, ns
}()

// wrapperValue returns the value held by i if it is the wrapper of an
// interpreted value for a compiled interface (its first field IValue),
// which is not comparable (its other fields are funcs), or i.
func wrapperValue(i interface{}) interface{} {
	if i == nil {
		return nil
	}
	rv := reflect.ValueOf(i)
	if rv.Kind() == reflect.Struct && rv.NumField() > 0 && rv.Type().Field(0).Name == "IValue" {
		return rv.Field(0).Interface()
	}
	return i
}

// unwrapIValue returns the value held by v, a value of a compiled interface
// type, if it is the wrapper of an interpreted value (see wrapperValue)
// which implements none of the interfaces keep, or v.
func unwrapIValue(v reflect.Value, keep []reflect.Type) reflect.Value {
	e := v
	if e.Kind() == reflect.Interface {
		if e.IsNil() {
			return v
		}
		e = e.Elem()
	}
	if e.Kind() == reflect.Struct && e.NumField() > 0 && e.Type().Field(0).Name == "IValue" {
		for _, k := range keep {
			if k.Kind() == reflect.Interface && e.Type().Implements(k) {
				return v
			}
		}
		if iv := e.Field(0); iv.CanInterface() && !iv.IsNil() {
			return iv.Elem()
		}
	}
	return v
}

// ifaceEqual reports whether two operands of a comparison (one of them of
// an interface type) are equal: same dynamic type where both are known,
// and equal values.
func ifaceEqual(v0 reflect.Value, k0 string, v1 reflect.Value, k1 string) bool {
	t0, i0, ty0 := dynOperandType(v0, k0)
	t1, i1, ty1 := dynOperandType(v1, k1)
	if t0 != "" && t1 != "" && t0 != t1 {
		return false
	}
	// gonotes patch (s17-fuzz17): a composite value held as itself is of
	// a type made of predeclared types only (dynTypeNeeded), never of one
	// that mentions a type declared by the program, whose reflect type may
	// be the same: any([1]ID{}) != any([1]int{}), and any([]ID{}) ==
	// any([]int{}) is false, not a panic.
	if rawOfOtherType(t0, i0, ty1, t1) || rawOfOtherType(t1, i1, ty0, t0) {
		return false
	}
	// gonotes patch (s13-ifacefield): a struct held as itself is of an
	// unnamed struct type (structStrict), never of a defined one:
	// any(struct{ X, Y int }{1, 2}) != any(Point{1, 2}).
	if t0 == "" && t1 != "" && definedKey(t1) && rawStructOf(i0) || t1 == "" && t0 != "" && definedKey(t0) && rawStructOf(i1) {
		return false
	}
	if t0 != "" && t0 == t1 && i0 != nil {
		uncomparable(t0, i0)
	}
	if i0 != nil && i1 != nil {
		// gonotes patch (s12-goroot): arrays and structs with interface
		// elements or fields compare the values those hold, as ==
		// of the arrays or structs themselves does (dynEqual): == of the
		// interfaces compared the interpreter's wrappers, which are
		// comparable where a func or a slice held by them is not (no
		// panic), and which differ for equal values of one type.
		if rt := reflect.TypeOf(i0); rt == reflect.TypeOf(i1) && (rt.Kind() == reflect.Array || rt.Kind() == reflect.Struct) && hasIfaceElem(rt, 0) {
			return dynEqual(reflect.ValueOf(i0), reflect.ValueOf(i1), 0)
		}
	}
	return i0 == i1
}

// rawOfOtherType reports whether the operand of type name key and value i
// of a comparison of interfaces is a composite value held as itself (no
// name known) while the other operand's dynamic type t, or its static type
// named otherKey (staticDynKey), mentions a type declared by the program
// (mentionsSrcType, methodsig.go) and needs its type kept: the two types
// differ. gonotes patch (s17-fuzz17).
func rawOfOtherType(key string, i interface{}, t *itype, otherKey string) bool {
	if key != "" || i == nil {
		return false
	}
	if t != nil {
		if !mentionsSrcType(t) || !dynTypeNeeded(t) { // gonotes patch (s20-harvest20): mentionsSrcType takes no depth
			return false
		}
	} else if _, ok := srcTypeKeys.Load(otherKey); otherKey == "" || !ok {
		return false
	}
	if _, ok := i.(valueInterface); ok {
		return false
	}
	switch reflect.TypeOf(i).Kind() {
	case reflect.Array, reflect.Struct, reflect.Slice, reflect.Map, reflect.Ptr, reflect.Chan, reflect.Func:
		return true
	}
	return false
}

// hasIfaceElem reports whether the array or struct type rt has an element
// or field of an interface type, at any depth of arrays and structs.
// gonotes patch (s12-goroot).
func hasIfaceElem(rt reflect.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch rt.Kind() {
	case reflect.Interface:
		return true
	case reflect.Array:
		return hasIfaceElem(rt.Elem(), depth+1)
	case reflect.Struct:
		if rt == valueInterfaceType {
			return true
		}
		for i := 0; i < rt.NumField(); i++ {
			if hasIfaceElem(rt.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// uncomparable panics as Go does comparing two interfaces holding values
// of the uncomparable type named name (a type id, "main.S") if i, one of
// the values, is not comparable: the runtime would name the reflect type
// of an interpreted type, its underlying type ("struct { n int; xs []int
// }"). Type literals (whose ids are not written as Go writes them) are
// left to the runtime. (gonotes patch)
func uncomparable(name string, i interface{}) {
	if rt := reflect.TypeOf(i); rt.Comparable() || strings.ContainsAny(name, "{(") {
		return
	}
	panic(runtimeError("comparing uncomparable type " + name))
}

// emptyIfaceDyn returns the valueInterface held by v, a value of an empty
// interface type, and whether it holds one with an interpreted dynamic type.
func emptyIfaceDyn(v reflect.Value) (valueInterface, bool) {
	if !v.IsValid() {
		return valueInterface{}, false
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return valueInterface{}, false
		}
		v = v.Elem()
	}
	if v.Type() != valueInterfaceType {
		return valueInterface{}, false
	}
	vi := v.Interface().(valueInterface)
	if vi.node == nil || vi.node.typ == nil || !vi.value.IsValid() || !dynTypeNeeded(vi.node.typ) {
		return vi, false
	}
	return vi, true
}

// genEmptyIfaceArg returns the value of c, an argument of an empty
// interface type in a call of a compiled function: the value itself, not
// the valueInterface keeping its interpreted type; for the functions with
// mapTypes (fmt), a value whose type has methods fmt calls is converted as
// an element of a slice is (fmtconv.go).
func genEmptyIfaceArg(interp *Interpreter, c *node, getMapType func(*itype) reflect.Type, marshal bool) func(*frame) reflect.Value {
	value := genValue(c)
	var mu sync.Mutex
	convs := map[*itype]func(*frame, reflect.Value) reflect.Value{}
	return func(f *frame) reflect.Value {
		v := value(f)
		if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() || v.Elem().Type() != valueInterfaceType {
			return v
		}
		vi := v.Elem().Interface().(valueInterface)
		vi = innermostVI(vi) // gonotes patch: the validity check came after Interface(), which panics on a zero value
		if vi.node == nil || !vi.value.IsValid() {
			return reflect.New(emptyInterfaceType).Elem()
		}
		cv := vi.value
		if getMapType != nil && vi.node.typ != nil {
			mu.Lock()
			conv, ok := convs[vi.node.typ]
			if !ok {
				// gonotes patch (s17): fmt formats a pointer given as
				// an argument (&{...}), not as an element (0xc...).
				conv = fmtConvert(interp, vi.node.typ, getMapType, marshal || vi.node.typ.cat != ptrT, marshal)
				convs[vi.node.typ] = conv
			}
			mu.Unlock()
			if conv != nil {
				return conv(f, cv)
			}
		}
		return cv
	}
}

// A key of a map with keys of an empty interface type (map[any]T) is a
// value compared and hashed by Go: a valueInterface, which holds a
// reflect.Value, cannot be one (equal keys would differ), and the value
// itself would make Celsius(1) and float64(1) one key. A value of a type
// that needs its interpreted type kept (dynTypeNeeded) is a dynMapKey in
// such a map: its type and its value. Reading the keys of such a map
// (range, fmt) makes valueInterfaces of them again (dynKeyValue).
type dynMapKey struct {
	t *dynKeyType
	v interface{}
}

// dynKeyType is the type of a dynMapKey, one per type id and interpreter,
// so that equal values of one type are equal keys.
type dynKeyType struct {
	id   string
	node *node // a node of the type, for the valueInterface of the key
}

var dynMapKeyType = reflect.TypeOf(dynMapKey{})

// dynKeyTypeOf returns the dynKeyType of the type of n.
func dynKeyTypeOf(n *node) *dynKeyType {
	id := n.typ.id()
	if t, ok := n.interp.dynKeys.Load(id); ok {
		return t.(*dynKeyType)
	}
	t, _ := n.interp.dynKeys.LoadOrStore(id, &dynKeyType{id: id, node: n})
	return t.(*dynKeyType)
}

// genMapKey returns the value of n, a key of a map of type mt: for a map
// with keys of an empty interface type, the value itself, not a
// valueInterface, which holds a reflect.Value (hashed by its pointer), or a
// dynMapKey for a value of an interpreted type.
func genMapKey(n *node, mt *itype) func(*frame) reflect.Value {
	for mt != nil && mt.cat == linkedT {
		mt = mt.val
	}
	if holdsIfaceKeyMap(mt) { // gonotes patch (s12-iface): ifacekey.go
		return genIfaceKey(n)
	}
	if isBinIfaceKeyMap(mt) {
		// gonotes patch: a key of a compiled interface type
		// (map[fmt.Stringer]T, map[error]T) given as a concrete value is
		// converted (a value of its named runtime type, or a wrapper),
		// and a wrapper (unhashable: its fields are funcs) is given as
		// a value of its named runtime type if there is one.
		value := genValue(n)
		if binIfaceKeyConv(mt, n.typ) {
			value = genDestValue(mt.key, n)
		}
		rt := mt.key.TypeOf()
		interp := n.interp
		return func(f *frame) reflect.Value { return interp.binIfaceKey(value(f), rt) }
	}
	if mt != nil && mt.cat == mapT && mt.key != nil && n.typ != nil && n.typ.cat == nilT && !isInterfaceSrc(mt.key) {
		// gonotes patch (s9-embed2): m[nil] of a map with keys of a
		// pointer (map, chan, func) type is the key type's nil, not a
		// nil interface{} (a panic of MapIndex).
		return genDestValue(mt.key, n)
	}
	if mt == nil || mt.cat != mapT || !isInterfaceSrc(mt.key) { // gonotes patch (s9-suite2): any interface type of the notebook
		return genValue(n)
	}
	value := genDestValue(mt.key, n)
	return func(f *frame) reflect.Value {
		return dynMapKeyOf(value(f))
	}
}

// dynMapKeyOf returns the map key of v, a value of an empty interface (or a
// valueInterface): see dynMapKey.
func dynMapKeyOf(v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return reflect.New(emptyInterfaceType).Elem()
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v
		}
		if v.Elem().Type() != valueInterfaceType {
			// gonotes patch: a value of a named runtime type (one that
			// came back from compiled code, reflect.Value.Interface) is
			// the key of the same value made by interpreted code.
			nvi, ok := namedVI(v.Elem())
			if !ok {
				return v
			}
			v = reflect.ValueOf(nvi)
		} else {
			v = v.Elem()
		}
	} else if v.Type() != valueInterfaceType {
		if nvi, ok := namedVI(v); ok { // gonotes patch: as above
			v = reflect.ValueOf(nvi)
		}
	}
	if v.Type() != valueInterfaceType {
		return v
	}
	vi := v.Interface().(valueInterface)
	vi = innermostVI(vi)
	if vi.node == nil || !vi.value.IsValid() || vi.value.Kind() == reflect.Interface && vi.value.IsNil() {
		return reflect.New(emptyInterfaceType).Elem()
	}
	cv := unsafe2.Exported(vi.value)
	if vi.node.typ == nil || !dynTypeNeeded(vi.node.typ) || vi.node.interp == nil {
		if cv.Kind() == reflect.Interface {
			return cv
		}
		k := reflect.New(emptyInterfaceType).Elem()
		k.Set(cv)
		return k
	}
	if !cv.Type().Comparable() { // gonotes patch: the runtime would name the reflect type
		if name := itypeString(vi.node.typ); !strings.ContainsAny(name, "{(") {
			panic(runtimeError("hash of unhashable type " + name))
		}
	}
	if k := cv.Kind(); (k == reflect.Struct || k == reflect.Array) && cv.Type() != valueInterfaceType && ifaceHoles(cv.Type(), 0) {
		// gonotes patch (s14-public9a): a struct or array holding
		// interface values (TFun{Arg, Ret Type}) is made canonical, as a
		// key of its own type is (ifacekey.go): equal values, one key.
		cv = vi.node.interp.ifaceKey(cv, 0)
	}
	k := reflect.New(emptyInterfaceType).Elem()
	// gonotes patch (s9): a value of a type with a runtime type of its own
	// (crossRType) is that value, as compiled code writes it
	// (reflect.Value.SetMapIndex of a notebook value): one key for both.
	if t := vi.node.typ; !isInterface(t) {
		if r := vi.node.interp.crossRType(t); r != nil && r.Comparable() {
			if nv := vi.node.interp.toNamed(t, cv); nv.Type() == r {
				k.Set(nv)
				return k
			}
		}
	}
	k.Set(reflect.ValueOf(dynMapKey{dynKeyTypeOf(vi.node), cv.Interface()}))
	return k
}

// dynKeyValue returns the value of k, a key of a map with keys of an empty
// interface type: a valueInterface for a dynMapKey or a value of a named
// runtime type, k otherwise.
func dynKeyValue(k reflect.Value) reflect.Value {
	if !k.IsValid() || k.Kind() != reflect.Interface || k.IsNil() {
		return k
	}
	if k.Elem().Type() != dynMapKeyType {
		if vi, ok := namedVI(k.Elem()); ok { // gonotes patch (s9): a key of a named runtime type (dynMapKeyOf)
			return reflect.ValueOf(vi)
		}
		return k
	}
	dk := k.Elem().Interface().(dynMapKey)
	return reflect.ValueOf(valueInterface{dk.t.node, reflect.ValueOf(dk.v)})
}

// binIfaceKeyConv reports whether a key of type kt of a map of type mt is
// converted: the map has keys of a compiled interface type with methods
// (map[fmt.Stringer]T), kt is a concrete type (gonotes patch).
func binIfaceKeyConv(mt, kt *itype) bool {
	for mt != nil && mt.cat == linkedT {
		mt = mt.val
	}
	return mt != nil && mt.cat == mapT && mt.key != nil && isInterfaceBin(mt.key) && !isEmptyInterface(mt.key) && kt != nil && !isInterface(kt)
}

// isBinIfaceKeyMap reports whether t is a map type with keys of a compiled
// interface type with methods (gonotes patch).
func isBinIfaceKeyMap(t *itype) bool {
	for t != nil && t.cat == linkedT {
		t = t.val
	}
	return t != nil && t.cat == mapT && t.key != nil && isInterfaceBin(t.key) && !isEmptyInterface(t.key)
}

// binIfaceKey returns v, a key of a map with keys of the compiled interface
// type rt, as a value of the named runtime type of the interpreted value it
// holds if it holds an interface wrapper (unhashable) and that type
// implements rt; v otherwise (gonotes patch).
func (interp *Interpreter) binIfaceKey(v reflect.Value, rt reflect.Type) reflect.Value {
	e := v
	if e.IsValid() && e.Kind() == reflect.Interface {
		if e.IsNil() {
			return v
		}
		e = e.Elem()
	}
	if !e.IsValid() || !isIfaceWrapper(e) {
		return v
	}
	vi, ok := interp.wrappedVI(e)
	if !ok || vi.node.typ == nil || vi.node.typ.cat == valueT {
		return v
	}
	r := vi.node.interp.namedRType(vi.node.typ)
	if r == nil || !r.Implements(rt) {
		return v
	}
	k := reflect.New(rt).Elem()
	k.Set(vi.node.interp.toNamed(vi.node.typ, vi.value))
	return k
}

// isEmptyIfaceKeyMap reports whether t is a map type with keys of an empty
// interface type.
func isEmptyIfaceKeyMap(t *itype) bool {
	for t != nil && t.cat == linkedT {
		t = t.val
	}
	// gonotes patch (s9-suite2): and keys of an interface type with
	// methods declared in the notebook (map[Shape]T), whose values would
	// otherwise be valueInterfaces (see dynMapKey).
	return t != nil && t.cat == mapT && t.key != nil && isInterfaceSrc(t.key)
}

// anyInterface reports whether one of nodes has an interface type.
func anyInterface(nodes []*node) bool {
	for _, c := range nodes {
		if c.typ != nil && isInterface(c.typ) {
			return true
		}
	}
	return false
}

// genDynValue returns the valueInterface of a copy of the value of n, whose
// type is concrete, for an assignment to a variable of an empty interface
// type (a later change of the source must not change the interface).
func genDynValue(n *node) func(*frame) reflect.Value {
	if isBinIfaceMethods(n.typ) { // gonotes patch: rtiface.go
		return genWrappedToAny(n)
	}
	value := genValue(n)
	if isFuncSrc(n.typ) { // gonotes patch (s12-iface): a declared func is a func value
		value = genFuncValue(n)
	}
	if t := fieldFuncType(dynConcreteType(n)); t != n.typ { // gonotes patch (s20-escape20): fieldFuncType
		cn := *n
		cn.typ = t
		n = &cn
	}
	return func(f *frame) reflect.Value {
		v := value(f)
		if v.IsValid() && v.Kind() == reflect.Interface {
			v = v.Elem() // the result of an operation of type interface (dynConcreteType)
		}
		if !v.IsValid() {
			return reflect.New(emptyInterfaceType).Elem()
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(unsafe2.Exported(v))
		return reflect.ValueOf(valueInterface{n, c})
	}
}

// ifaceDest reports whether a result of type src written to a place of type
// dest is a conversion to an interface: the operation cannot write its
// result in place, the value is converted (genDestValue). A place of a
// compiled interface type (the any field Value of a *list.Element) is one
// too: an operation writing its result in place there stored nothing.
func ifaceDest(dest, src *itype) bool {
	return dest != nil && src != nil && (isInterfaceSrc(dest) || isInterfaceBin(dest)) && !isInterface(src) // gonotes patch: and a compiled interface
}

var deepEqualPC = reflect.ValueOf(reflect.DeepEqual).Pointer()

// isDeepEqual reports whether n is reflect.DeepEqual, which compares the
// elements of its arguments: a valueInterface (an element of a []any
// holding a value of an interpreted type) is compared by its node and the
// address of its value, so that its arguments are given with the values
// held instead (deepUnwrap).
func isDeepEqual(n *node) bool {
	return n.rval.IsValid() && n.rval.Kind() == reflect.Func && !n.rval.IsNil() && n.rval.Pointer() == deepEqualPC
}

// deepUnwrapDyn returns the value held by v, a valueInterface, for
// reflect.DeepEqual: a dynMapKey (its type and value) for a value whose
// type needs to be kept, so that Code(1) and 1 differ.
func deepUnwrapDyn(v reflect.Value, depth int) reflect.Value {
	vi := v.Interface().(valueInterface)
	vi = innermostVI(vi)
	u := deepUnwrap(binEmptyValue(v), depth+1)
	if vi.node == nil || vi.node.typ == nil || vi.node.interp == nil || !dynTypeNeeded(vi.node.typ) || !u.IsValid() {
		return u
	}
	if nv, ok := vi.node.interp.deepNamed(vi.node.typ, unsafe2.Exported(u)); ok { // gonotes patch (s10-stringer)
		return nv
	}
	return reflect.ValueOf(dynMapKey{dynKeyTypeOf(vi.node), unsafe2.Exported(u).Interface()})
}

// genDeepEqualArg returns the value of c, an argument of reflect.DeepEqual
// (deepUnwrap).
func genDeepEqualArg(c *node) func(*frame) reflect.Value {
	value := genValue(c)
	if !isInterface(c.typ) && dynTypeNeeded(c.typ) {
		interp := c.interp
		return func(f *frame) reflect.Value {
			v := unsafe2.Exported(deepUnwrap(value(f), 0))
			if nv, ok := interp.deepNamed(c.typ, v); ok { // gonotes patch (s10-stringer)
				return nv
			}
			return reflect.ValueOf(dynMapKey{dynKeyTypeOf(c), v.Interface()})
		}
	}
	return func(f *frame) reflect.Value { return deepUnwrap(value(f), 0) }
}

// deepNamed returns v, a value of the interpreted type t, as a value of
// the runtime type of its own of t (crossRType), if it has one, for
// reflect.DeepEqual: a compiled interface holds values of types with
// methods as such (namedForIface), so that DeepEqual(ss[0], T{1}) with
// ss a []fmt.Stringer compares two values of that type. gonotes patch
// (s10-stringer).
func (interp *Interpreter) deepNamed(t *itype, v reflect.Value) (reflect.Value, bool) {
	if interp == nil || t == nil || isInterface(t) || !v.IsValid() {
		return reflect.Value{}, false
	}
	r := interp.crossRType(t)
	if r == nil {
		return reflect.Value{}, false
	}
	nv := interp.toNamed(t, v)
	if nv.Type() != r {
		return reflect.Value{}, false
	}
	return nv, true
}

// deepUnwrap returns v, with the valueInterfaces in it (elements of slices,
// arrays, maps and interfaces) replaced by the values they hold: a copy if
// there are some, v itself otherwise.
func deepUnwrap(v reflect.Value, depth int) reflect.Value {
	if !v.IsValid() || depth > 32 {
		return v
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		e := v.Elem()
		if e.Type() == valueInterfaceType {
			return deepUnwrapDyn(e, depth)
		}
		if vi, ok := namedVI(e); ok { // gonotes patch: a value of a named runtime type (rtname.go, rtstruct.go) is one of its interpreted type
			return deepUnwrapDyn(reflect.ValueOf(vi), depth)
		}
		if u := deepUnwrap(e, depth+1); u != e {
			return u
		}
		return v
	case reflect.Struct:
		if v.Type() == valueInterfaceType {
			return deepUnwrapDyn(v, depth)
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() != reflect.Interface || v.Kind() == reflect.Slice && v.IsNil() {
			return v
		}
		var out reflect.Value
		for i := 0; i < v.Len(); i++ {
			e := v.Index(i)
			u := deepUnwrap(e, depth+1)
			if u == e {
				continue
			}
			if !out.IsValid() {
				if v.Kind() == reflect.Slice {
					out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
				} else {
					out = reflect.New(v.Type()).Elem()
				}
				reflect.Copy(out, v)
			}
			if u.IsValid() {
				out.Index(i).Set(u)
			} else {
				out.Index(i).Set(reflect.Zero(v.Type().Elem()))
			}
		}
		if out.IsValid() {
			return out
		}
	case reflect.Map:
		if v.Type().Elem().Kind() != reflect.Interface || v.IsNil() {
			return v
		}
		var out reflect.Value
		for it := v.MapRange(); it.Next(); {
			e := it.Value()
			if u := deepUnwrap(e, depth+1); u != e && !out.IsValid() {
				out = reflect.MakeMapWithSize(v.Type(), v.Len())
				break
			}
		}
		if !out.IsValid() {
			return v
		}
		for it := v.MapRange(); it.Next(); {
			u := deepUnwrap(it.Value(), depth+1)
			if !u.IsValid() {
				u = reflect.Zero(v.Type().Elem())
			}
			out.SetMapIndex(it.Key(), u)
		}
		return out
	}
	return v
}

// genIfaceArgWrapper returns the value of c, of an interpreted interface
// type, given to a compiled function for its parameter of the compiled
// interface type rt: the interface wrapper of the value it holds (wrapValue),
// or that value if it has methods of a compiled type (an embedded field).
func genIfaceArgWrapper(c *node, rt reflect.Type) func(*frame) reflect.Value {
	value := genValueInterfaceValue(c)
	vvalue := genValue(c)
	return func(f *frame) reflect.Value {
		v := vvalue(f)
		if v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		if !v.IsValid() || v.Type() != valueInterfaceType {
			return value(f)
		}
		vi := v.Interface().(valueInterface)
		vi = innermostVI(vi)
		if vi.node == nil || vi.node.typ == nil || !vi.value.IsValid() {
			return reflect.New(rt).Elem()
		}
		if vi.node.typ.cat != valueT && inMethodSet(vi.node.typ, rt) {
			if w := namedOrWrapValue(f, vi.node, vi.value, rt); w.IsValid() { // gonotes patch (s10-stringer)
				return w
			}
			if vi.node.typ.implements(&itype{cat: valueT, rtype: rt}) { // gonotes patch: methods promoted from a compiled field (rtiface.go)
				return wrapDynValue(f, vi, rt)
			}
		}
		return value(f)
	}
}

// Values given to compiled code as an any are the values themselves: a
// value of a type whose values are valueInterfaces (dynTypeStrict) comes
// back from compiled code (a queue, a sync.Map, context values, heap.Push
// calling an interpreted Push) as a value of its underlying type. The
// interpreter notes the types of the values it gives so, by reflect type
// (crossed), and a value of that reflect type stored as itself matches the
// type in an assertion or a type switch, if it is the only one noted with
// that reflect type (crossedAs). A value of another type with that reflect
// type (an int when a Code went to a queue) then matches too.

// noteCrossed notes that values of type t are given to compiled code as
// themselves.
func (interp *Interpreter) noteCrossed(t *itype) {
	if !dynTypeStrict(t) {
		return
	}
	rt := t.TypeOf()
	id := t.id()
	// Load first: LoadOrStore boxes id on every call (an allocation per
	// value given to compiled code), and the type is nearly always known.
	if old, ok := interp.crossed.Load(rt); ok {
		if old.(string) != id && old.(string) != "" {
			interp.crossed.Store(rt, "")
		}
		return
	}
	if old, loaded := interp.crossed.LoadOrStore(rt, id); loaded && old.(string) != id {
		interp.crossed.Store(rt, "")
	}
}

// crossedAs reports whether a value of reflect type rt stored as itself may
// be a value of type t given to compiled code (noteCrossed).
func (interp *Interpreter) crossedAs(rt reflect.Type, t *itype) bool {
	if rt == nil || t == nil {
		return false
	}
	id, ok := interp.crossed.Load(rt)
	if ok && len(t.method) == 0 && (interp.namedRType(t) != nil || t.cat == funcT && interp.composedRType(t) != nil) { // gonotes patch: with methods, see rtmethods.go; a func type (s12-iface)
		// gonotes patch: values of t went to compiled code as values of
		// its named runtime type (rtname.go), not as rt.
		return false
	}
	return ok && id.(string) != "" && id.(string) == t.id()
}

// crossValue returns the value v of an any given to compiled code (see
// binEmptyValue), noting its type (noteCrossed).
func (interp *Interpreter) crossValue(v reflect.Value) reflect.Value {
	if vi, ok := emptyIfaceDyn(v); ok {
		interp.noteCrossed(vi.node.typ)
		// gonotes patch: as a value of its named runtime type (rtname.go).
		if vi.node.typ.cat != valueT { // gonotes patch: with methods too (rtmethods.go)
			if u := innermostVI(vi); u.node != nil && u.value.IsValid() && u.value.Type() != valueInterfaceType {
				return interp.toNamed(u.node.typ, u.value)
			}
		}
	}
	return binEmptyValue(v)
}

// dynIfaceOf returns the valueInterface of a copy of v, a value of the type
// of n, for an empty interface (see genDynValue).
func dynIfaceOf(n *node, v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return reflect.New(emptyInterfaceType).Elem()
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(unsafe2.Exported(v))
	return reflect.ValueOf(valueInterface{n, c})
}

// innermostVI returns the innermost of nested valueInterfaces (a
// valueInterface whose value holds another), stopping at a zero value
// (gonotes patch).
func innermostVI(vi valueInterface) valueInterface {
	for vi.value.IsValid() {
		next, ok := vi.value.Interface().(valueInterface)
		if !ok {
			break
		}
		vi = next
	}
	return vi
}

// holdsIface reports whether values of t, an array or struct type, hold
// values of interface types in their elements or fields (not through
// pointers, slices or maps): == of such values compares the
// valueInterfaces the interpreter keeps there, which hold reflect.Values
// (pointers), not the values. gonotes patch (s9).
func holdsIface(t *itype, depth int) bool {
	for t != nil && t.cat == linkedT {
		t = t.val
	}
	if t == nil || depth > 16 {
		return false
	}
	switch t.cat {
	case arrayT:
		return isInterfaceSrc(t.val) || holdsIface(t.val, depth+1)
	case structT:
		for _, f := range t.field {
			if isInterfaceSrc(f.typ) || holdsIface(f.typ, depth+1) {
				return true
			}
		}
	}
	return false
}

// equalDyn and notEqualDyn are equal and notEqual (op.go), for arrays and
// structs holding interface values first (dynCompare). gonotes patch (s9).
func equalDyn(n *node) {
	if !dynCompare(n, false) {
		equal(n)
	}
}

func notEqualDyn(n *node) {
	if !dynCompare(n, true) {
		notEqual(n)
	}
}

// dynCompare sets n, a comparison a == b (a != b if neg) of two arrays or
// structs of one type holding interface values, up to compare the values
// they hold (deepUnwrap: a dynMapKey for a value whose type is kept), and
// reports whether it did. Comparing two values of an uncomparable
// notebook type held there panics naming it. gonotes patch (s9).
func dynCompare(n *node, neg bool) bool {
	if len(n.child) != 2 {
		return false
	}
	c0, c1 := n.child[0], n.child[1]
	if c0.typ == nil || c1.typ == nil || c0.typ.id() != c1.typ.id() || isInterface(c0.typ) || !holdsIface(c0.typ, 0) {
		return false
	}
	v0, v1 := genValue(c0), genValue(c1)
	tnext := getExec(n.tnext)
	cmp := func(f *frame) bool { return dynEqual(v0(f), v1(f), 0) != neg }
	if n.fnext != nil {
		fnext := getExec(n.fnext)
		dest := genValueOutput(n, reflect.TypeOf(true))
		n.exec = func(f *frame) bltn {
			r := cmp(f)
			dest(f).SetBool(r)
			if r {
				return tnext
			}
			return fnext
		}
		return true
	}
	dest := genValue(n)
	n.exec = func(f *frame) bltn {
		dest(f).SetBool(cmp(f))
		return tnext
	}
	return true
}

// dynEqual reports whether a and b, two values of one array or struct
// type, are equal, comparing the values their interface elements and
// fields hold (deepUnwrap). gonotes patch (s9).
func dynEqual(a, b reflect.Value, depth int) bool {
	switch {
	case depth > 32:
	case a.Kind() == reflect.Struct && a.Type() != valueInterfaceType:
		for i := 0; i < a.NumField(); i++ {
			if !dynEqual(unsafe2.Exported(a.Field(i)), unsafe2.Exported(b.Field(i)), depth+1) {
				return false
			}
		}
		return true
	case a.Kind() == reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if !dynEqual(a.Index(i), b.Index(i), depth+1) {
				return false
			}
		}
		return true
	case a.Kind() == reflect.Interface || a.Type() == valueInterfaceType:
		x, y := deepUnwrap(a, 0), deepUnwrap(b, 0)
		if !x.IsValid() || !y.IsValid() {
			return x.IsValid() == y.IsValid()
		}
		if eq, ok := heldCompositeEqual(x, y, depth); ok { // gonotes patch (s14-public9a)
			return eq
		}
		defer func() {
			if r := recover(); r != nil {
				if name := uncomparableDyn(x); name != "" {
					panic(runtimeError("comparing uncomparable type " + name))
				}
				panic(r)
			}
		}()
		return x.Interface() == y.Interface()
	}
	return a.Interface() == b.Interface()
}

// heldCompositeEqual compares x and y, values held by interfaces
// (deepUnwrap's results), when they are structs or arrays with interface
// fields or elements (TFun{Arg, Ret Type} held by a Type): field by field,
// as dynEqual does, and not as the interpreter's wrappers the fields hold,
// which differ for equal values. ok is false if x and y are not such
// values. gonotes patch (s14-public9a).
func heldCompositeEqual(x, y reflect.Value, depth int) (eq, ok bool) {
	for x.Kind() == reflect.Interface && !x.IsNil() {
		x = x.Elem()
	}
	for y.Kind() == reflect.Interface && !y.IsNil() {
		y = y.Elem()
	}
	if !x.IsValid() || !y.IsValid() || x.Kind() == reflect.Interface || y.Kind() == reflect.Interface || x.Type() != y.Type() || depth > 32 {
		return false, false
	}
	if x.Type() == dynMapKeyType {
		kx, _ := unsafe2.Exported(x).Interface().(dynMapKey)
		ky, _ := unsafe2.Exported(y).Interface().(dynMapKey)
		if kx.v == nil || ky.v == nil {
			return false, false
		}
		vx, vy := reflect.ValueOf(kx.v), reflect.ValueOf(ky.v)
		if vx.Type() != vy.Type() || !isCompositeWithIface(vx.Type()) {
			return false, false
		}
		if kx.t != ky.t {
			return false, true
		}
		return dynEqual(vx, vy, depth+1), true
	}
	if isCompositeWithIface(x.Type()) {
		return dynEqual(x, y, depth+1), true
	}
	return false, false
}

// isCompositeWithIface reports whether rt is a struct or array type with an
// interface field or element (not the interpreter's valueInterface itself).
// gonotes patch (s14-public9a).
func isCompositeWithIface(rt reflect.Type) bool {
	return (rt.Kind() == reflect.Struct || rt.Kind() == reflect.Array) && rt != valueInterfaceType && rt != dynMapKeyType && hasIfaceElem(rt, 0)
}

// uncomparableDyn returns the name of the notebook type of the first
// uncomparable value held as a dynMapKey in v (deepUnwrap's result), or "".
func uncomparableDyn(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return ""
		}
		return uncomparableDyn(v.Elem())
	case reflect.Struct:
		if v.Type() == dynMapKeyType {
			dk := unsafe2.Exported(v).Interface().(dynMapKey)
			if dk.v != nil && !reflect.TypeOf(dk.v).Comparable() && dk.t != nil && dk.t.node != nil {
				if name := itypeString(dk.t.node.typ); !strings.ContainsAny(name, "{(") {
					return name
				}
			}
			return ""
		}
		for i := 0; i < v.NumField(); i++ {
			if s := uncomparableDyn(unsafe2.Exported(v.Field(i))); s != "" {
				return s
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if s := uncomparableDyn(v.Index(i)); s != "" {
				return s
			}
		}
	}
	return ""
}

// mayHoldAnys reports whether a value of t may hold, in elements of a map,
// slice or array (or as itself), values of an empty interface type, where
// the interpreter keeps values of its defined types as valueInterfaces
// (see crossDeep). gonotes patch.
func mayHoldAnys(t *itype) bool {
	if t == nil {
		return false
	}
	if isEmptyInterface(t) {
		return true
	}
	rt := t.TypeOf()
	if rt == nil {
		return false
	}
	switch rt.Kind() {
	case reflect.Map:
		return rt.Elem().Kind() == reflect.Interface && rt.Elem().NumMethod() == 0 || rt.Key().Kind() == reflect.Interface && rt.Key().NumMethod() == 0
	case reflect.Slice, reflect.Array:
		return rt.Elem().Kind() == reflect.Interface && rt.Elem().NumMethod() == 0
	case reflect.Struct:
		return kindMayHoldAnys(rt, 0)
	}
	return false
}

// kindMayHoldAnys reports whether a value of the reflect type t holds an
// empty interface in itself, its fields or the elements of its maps,
// slices and arrays (not through pointers). gonotes patch.
func kindMayHoldAnys(t reflect.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t.Kind() {
	case reflect.Interface:
		return t.NumMethod() == 0
	case reflect.Map:
		return kindMayHoldAnys(t.Key(), depth+1) || kindMayHoldAnys(t.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		return kindMayHoldAnys(t.Elem(), depth+1)
	case reflect.Struct:
		if t == valueInterfaceType {
			return false // a field of an interpreted interface type: left as it is
		}
		for i := 0; i < t.NumField(); i++ {
			if kindMayHoldAnys(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// crossDeep returns v, a value given to compiled code as an any, with the
// elements of its maps, slices and arrays of an empty interface type (and
// of theirs, to a depth) that hold valueInterfaces given as crossValue
// gives them (values of named runtime types): text/template ranging over
// .Items of a map[string]any{"Items": []Comment{...}} found a
// valueInterface ("range can't iterate over {0x... {...}}"), and .X.A of a
// struct held there could not be evaluated. A container with such an
// element is copied (the copy is what compiled code sees); one without is
// given as it is. It reports whether v was changed. gonotes patch.
func (interp *Interpreter) crossDeep(v reflect.Value, depth int) (reflect.Value, bool) {
	if !v.IsValid() || depth > 16 {
		return v, false
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		e := v.Elem()
		if e.Type() == valueInterfaceType {
			c := interp.crossValue(v)
			if r, ok := interp.crossDeep(c, depth+1); ok {
				return r, true
			}
			return c, true
		}
		if r, ok := interp.crossDeep(e, depth+1); ok {
			return r, true
		}
		return v, false
	case reflect.Struct:
		if v.Type() == valueInterfaceType {
			c := interp.crossValue(v)
			if r, ok := interp.crossDeep(c, depth+1); ok {
				return r, true
			}
			return c, true
		}
		// A field of an any (or of a container of anys): the struct is
		// copied, the field set through its address (it may be
		// unexported).
		if !kindMayHoldAnys(v.Type(), 0) {
			return v, false
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		changed := false
		for i := 0; i < out.NumField(); i++ {
			if !kindMayHoldAnys(out.Type().Field(i).Type, 0) {
				continue
			}
			f := out.Field(i)
			f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
			if r, ok := interp.crossDeep(f, depth+1); ok {
				f.Set(r)
				changed = true
			}
		}
		if changed {
			return out, true
		}
		return v, false
	case reflect.Map:
		et, kt := v.Type().Elem(), v.Type().Key()
		if !(et.Kind() == reflect.Interface && et.NumMethod() == 0) && !(kt.Kind() == reflect.Interface && kt.NumMethod() == 0) || v.IsNil() {
			return v, false
		}
		changed := false
		keys := v.MapKeys()
		ks := make([]reflect.Value, len(keys))
		vs := make([]reflect.Value, len(keys))
		for i, k := range keys {
			ks[i], vs[i] = k, v.MapIndex(k)
			if kt.Kind() == reflect.Interface {
				if r, ok := interp.crossDeep(k, depth+1); ok {
					ks[i], changed = r, true
				}
			}
			if et.Kind() == reflect.Interface {
				if r, ok := interp.crossDeep(vs[i], depth+1); ok {
					vs[i], changed = r, true
				}
			}
		}
		if !changed {
			return v, false
		}
		m := reflect.MakeMapWithSize(v.Type(), len(keys))
		for i := range ks {
			m.SetMapIndex(ks[i], vs[i])
		}
		return m, true
	case reflect.Slice, reflect.Array:
		et := v.Type().Elem()
		if !(et.Kind() == reflect.Interface && et.NumMethod() == 0) || v.Kind() == reflect.Slice && v.IsNil() {
			return v, false
		}
		var out reflect.Value
		for i := 0; i < v.Len(); i++ {
			r, ok := interp.crossDeep(v.Index(i), depth+1)
			if !ok {
				continue
			}
			if !out.IsValid() {
				if v.Kind() == reflect.Slice {
					out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
				} else {
					out = reflect.New(v.Type()).Elem()
				}
				reflect.Copy(out, v)
			}
			out.Index(i).Set(r)
		}
		if !out.IsValid() {
			return v, false
		}
		return out, true
	}
	return v, false
}

// crossSliceInPlace gives the elements of v, a slice of anys (or an any
// holding one), that hold valueInterfaces as crossValue gives them, in
// place: compiled code may change the slice's elements (sort.Slice), which
// a copy would hide; the interpreter reads such elements back as values
// of their interpreted types (namedDyn). gonotes patch.
func (interp *Interpreter) crossSliceInPlace(v reflect.Value) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Slice || v.IsNil() {
		return
	}
	if et := v.Type().Elem(); et.Kind() != reflect.Interface || et.NumMethod() != 0 {
		return
	}
	for i := 0; i < v.Len(); i++ {
		if r, ok := interp.crossDeep(v.Index(i), 1); ok {
			v.Index(i).Set(r)
		}
	}
}
