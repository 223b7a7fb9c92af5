package interp

import (
	"errors"
	"fmt"
	"go/constant"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"unsafe"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// tcat defines interpreter type categories.
type tcat uint

// Types for go language.
const (
	nilT tcat = iota
	arrayT
	binT
	binPkgT
	boolT
	builtinT
	chanT
	chanSendT
	chanRecvT
	comparableT
	complex64T
	complex128T
	constraintT
	errorT
	float32T
	float64T
	funcT
	genericT
	interfaceT
	intT
	int8T
	int16T
	int32T
	int64T
	linkedT
	mapT
	ptrT
	sliceT
	srcPkgT
	stringT
	structT
	uintT
	uint8T
	uint16T
	uint32T
	uint64T
	uintptrT
	valueT
	variadicT
	maxT
)

var cats = [...]string{
	nilT:        "nilT",
	arrayT:      "arrayT",
	binT:        "binT",
	binPkgT:     "binPkgT",
	boolT:       "boolT",
	builtinT:    "builtinT",
	chanT:       "chanT",
	comparableT: "comparableT",
	complex64T:  "complex64T",
	complex128T: "complex128T",
	constraintT: "constraintT",
	errorT:      "errorT",
	float32T:    "float32",
	float64T:    "float64T",
	funcT:       "funcT",
	genericT:    "genericT",
	interfaceT:  "interfaceT",
	intT:        "intT",
	int8T:       "int8T",
	int16T:      "int16T",
	int32T:      "int32T",
	int64T:      "int64T",
	linkedT:     "linkedT",
	mapT:        "mapT",
	ptrT:        "ptrT",
	sliceT:      "sliceT",
	srcPkgT:     "srcPkgT",
	stringT:     "stringT",
	structT:     "structT",
	uintT:       "uintT",
	uint8T:      "uint8T",
	uint16T:     "uint16T",
	uint32T:     "uint32T",
	uint64T:     "uint64T",
	uintptrT:    "uintptrT",
	valueT:      "valueT",
	variadicT:   "variadicT",
}

func (c tcat) String() string {
	if c < tcat(len(cats)) {
		return cats[c]
	}
	return "Cat(" + strconv.Itoa(int(c)) + ")"
}

// structField type defines a field in a struct.
type structField struct {
	name  string
	tag   string
	embed bool
	typ   *itype
}

// itype defines the internal representation of types in the interpreter.
type itype struct {
	cat          tcat           // Type category
	field        []structField  // Array of struct fields if structT or interfaceT
	key          *itype         // Type of key element if MapT or nil
	val          *itype         // Type of value element if chanT, chanSendT, chanRecvT, mapT, ptrT, linkedT, arrayT, sliceT, variadicT or genericT
	recv         *itype         // Receiver type for funcT or nil
	arg          []*itype       // Argument types if funcT or nil
	ret          []*itype       // Return types if funcT or nil
	ptr          *itype         // Pointer to this type. Might be nil
	method       []*node        // Associated methods or nil
	constraint   []*itype       // For interfaceT: list of types part of interface set
	ulconstraint []*itype       // For interfaceT: list of underlying types part of interface set
	instance     []*itype       // For genericT: list of instantiated types
	name         string         // name of type within its package for a defined type
	path         string         // for a defined type, the package import path
	length       int            // length of array if ArrayT
	rtype        reflect.Type   // Reflection type if ValueT, or nil
	node         *node          // root AST node of type definition
	scope        *scope         // type declaration scope (in case of re-parse incomplete type)
	str          string         // String representation of the type
	incomplete   bool           // true if type must be parsed again (out of order declarations)
	untyped      bool           // true for a literal value (string or number)
	isBinMethod  bool           // true if the type refers to a bin method function
	origin       *itype         // gonotes patch: for an instance of a generic defined type, the generic type
	targs        []*itype       // gonotes patch: for an instance of a generic defined type, its type arguments
	selfFunc     bool           // gonotes patch: a defined func type that is its own parameter or result type (see refType)
	cross        unsafe.Pointer // gonotes patch: *crossEntry, toNamed's cache (rtname.go)
	// gonotes patch: methodsKey when a runtime type with a method table was
	// last made for it, 0 if none (RefreshMethodTables).
	methodRTKey uint64
	// gonotes patch (s12-goroot): for a type declared in a function, the
	// mark its string ends with (localTypeMark), "" for another type.
	local string
	// gonotes patch (s13-goroot9): rtype was made by cycleRType (a type
	// of a cycle through pointers, slices, arrays, maps and channels).
	cycleRT bool
}

type generic struct{}

func untypedBool(n *node) *itype {
	return &itype{cat: boolT, name: "bool", untyped: true, str: "untyped bool", node: n}
}

func untypedString(n *node) *itype {
	return &itype{cat: stringT, name: "string", untyped: true, str: "untyped string", node: n}
}

func untypedRune(n *node) *itype {
	return &itype{cat: int32T, name: "int32", untyped: true, str: "untyped rune", node: n}
}

func untypedInt(n *node) *itype {
	return &itype{cat: intT, name: "int", untyped: true, str: "untyped int", node: n}
}

func untypedFloat(n *node) *itype {
	return &itype{cat: float64T, name: "float64", untyped: true, str: "untyped float", node: n}
}

func untypedComplex(n *node) *itype {
	return &itype{cat: complex128T, name: "complex128", untyped: true, str: "untyped complex", node: n}
}

func errorMethodType(sc *scope) *itype {
	return &itype{cat: funcT, ret: []*itype{sc.getType("string")}, str: "func() string"}
}

type itypeOption func(*itype)

func isBinMethod() itypeOption {
	return func(t *itype) {
		t.isBinMethod = true
	}
}

func withRecv(typ *itype) itypeOption {
	return func(t *itype) {
		t.recv = typ
	}
}

func withNode(n *node) itypeOption {
	return func(t *itype) {
		t.node = n
	}
}

func withScope(sc *scope) itypeOption {
	return func(t *itype) {
		t.scope = sc
	}
}

func withUntyped(b bool) itypeOption {
	return func(t *itype) {
		t.untyped = b
	}
}

// valueTOf returns a valueT itype.
func valueTOf(rtype reflect.Type, opts ...itypeOption) *itype {
	t := &itype{cat: valueT, rtype: rtype, str: rtype.String()}
	for _, opt := range opts {
		opt(t)
	}
	if t.untyped {
		t.str = "untyped " + t.str
	}
	return t
}

// wrapperValueTOf returns a valueT itype wrapping an itype.
func wrapperValueTOf(rtype reflect.Type, val *itype, opts ...itypeOption) *itype {
	t := &itype{cat: valueT, rtype: rtype, val: val, str: rtype.String()}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

func variadicOf(val *itype, opts ...itypeOption) *itype {
	t := &itype{cat: variadicT, val: val, str: "..." + val.str}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// ptrOf returns a pointer to t.
func ptrOf(val *itype, opts ...itypeOption) *itype {
	// gonotes patch (s13-goroot9): the pointer type made for a declaration
	// (type R *Q) is that defined type, named in place: &q is another
	// type, *Q (its string was set to "*main.Q", R's too).
	if val.ptr != nil && val.ptr.name == "" {
		// gonotes patch: the pointer type may have been made while val
		// was incomplete (a field *T in the declaration of T), when its
		// string was the placeholder's ("*struct {}").
		if val.ptr.str != "*"+val.str {
			val.ptr.str = "*" + val.str
		}
		return val.ptr
	}
	t := &itype{cat: ptrT, val: val, str: "*" + val.str}
	for _, opt := range opts {
		opt(t)
	}
	val.ptr = t
	return t
}

// namedOf returns a named type of val.
func namedOf(val *itype, path, name string, opts ...itypeOption) *itype {
	str := name
	if path != "" {
		str = path + "." + name
	}
	t := &itype{cat: linkedT, val: val, path: path, name: name, str: str}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// namedEmptyInterface returns the defined type name (in package path) of
// the interpreted empty interface type val (type Value any), or of a
// compiled interface type (type Stringer fmt.Stringer), as the type
// `type Value interface{}` gives: an empty interface type of that name,
// not a linkedT over it, which isEmptyInterface does not see (a value
// returned as a Value had the dynamic type main.Value, a map[string]Value
// held interpreter wrappers that fmt printed). It returns nil for another
// type. gonotes patch.
func namedEmptyInterface(val *itype, path, name string) *itype {
	if val != nil && val.cat == valueT && val.val == nil && val.rtype != nil && val.rtype.Kind() == reflect.Interface {
		// A defined type of a compiled interface type (type Stringer
		// fmt.Stringer): that interface type, named. As a linkedT over it,
		// a value assigned to it was not wrapped: "reflect.Set: value of
		// type string is not assignable to type fmt.Stringer".
		t := *val
		t.name, t.path, t.str = name, path, path+"."+name
		return &t
	}
	if val == nil || val.cat != interfaceT || len(val.field) > 0 || val.incomplete {
		return nil
	}
	t := *val
	t.name, t.path, t.str = name, path, path+"."+name
	t.method = nil
	return &t
}

// namedFuncOf returns the defined type name (in package path) of a func
// or channel type val given by name (type F2 F1, F1 a defined func type,
// or type IntFn Fn[int], an instance of a generic func type): a type of
// that name with val's parameters and results (or element) and no
// methods, as `type F2 func(...)` gives. As a linkedT over val, a value of
// it could not be called ("too many arguments in call"; the call's result
// had no type) and a send on it converted the value to the channel type.
// Likewise for a defined pointer type (type IP2 IP). It returns nil for
// another type. gonotes patch (s18-fuzz18).
func namedFuncOf(val *itype, path, name string) *itype {
	for val != nil && val.cat == linkedT {
		val = val.val
	}
	if val == nil || val.incomplete {
		return nil
	}
	switch val.cat {
	case funcT:
		if val.recv != nil {
			return nil
		}
		return &itype{cat: funcT, arg: val.arg, ret: val.ret, name: name, path: path, str: path + "." + name}
	case chanT, chanSendT, chanRecvT:
		return &itype{cat: val.cat, val: val.val, name: name, path: path, str: path + "." + name}
	case mapT:
		// type M2 M1, M1 a defined map type: the composite literal
		// M2{"a": 1} panicked (nil pointer) as a linkedT.
		return &itype{cat: mapT, key: val.key, val: val.val, name: name, path: path, str: path + "." + name}
	case ptrT:
		// type IP2 IP, IP a defined pointer type: a pointer type of its
		// own (no methods, see methodSet); as a linkedT, p.n panicked in
		// the compiler.
		if val.name == "" || val.val == nil {
			return nil
		}
		return &itype{cat: ptrT, val: val.val, name: name, path: path, str: path + "." + name}
	}
	return nil
}

// funcOf returns a function type with the given args and returns.
func funcOf(args []*itype, ret []*itype, opts ...itypeOption) *itype {
	b := []byte{}
	b = append(b, "func("...)
	b = append(b, paramsTypeString(args)...)
	b = append(b, ')')
	if len(ret) != 0 {
		b = append(b, ' ')
		if len(ret) > 1 {
			b = append(b, '(')
		}
		b = append(b, paramsTypeString(ret)...)
		if len(ret) > 1 {
			b = append(b, ')')
		}
	}

	t := &itype{cat: funcT, arg: args, ret: ret, str: string(b)}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

type chanDir uint8

const (
	chanSendRecv chanDir = iota
	chanSend
	chanRecv
)

// chanOf returns a channel of the underlying type val.
func chanOf(val *itype, dir chanDir, opts ...itypeOption) *itype {
	cat := chanT
	str := "chan "
	switch dir {
	case chanSend:
		cat = chanSendT
		str = "chan<- "
	case chanRecv:
		cat = chanRecvT
		str = "<-chan "
	}
	t := &itype{cat: cat, val: val, str: str + val.str}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// arrayOf returns am array type of the underlying val with the given length.
func arrayOf(val *itype, l int, opts ...itypeOption) *itype {
	lstr := strconv.Itoa(l)
	t := &itype{cat: arrayT, val: val, length: l, str: "[" + lstr + "]" + val.str}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// sliceOf returns a slice type of the underlying val.
func sliceOf(val *itype, opts ...itypeOption) *itype {
	t := &itype{cat: sliceT, val: val, str: "[]" + val.str}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// mapOf returns a map type of the underlying key and val.
func mapOf(key, val *itype, opts ...itypeOption) *itype {
	t := &itype{cat: mapT, key: key, val: val, str: "map[" + key.str + "]" + val.str}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// interfaceOf returns an interface type with the given fields.
func interfaceOf(t *itype, fields []structField, constraint, ulconstraint []*itype, opts ...itypeOption) *itype {
	str := "interface{}"
	if len(fields) > 0 {
		str = "interface { " + methodsTypeString(fields) + " }" // gonotes patch (s11-fixa): as Go spells it
	}
	if t == nil {
		t = &itype{}
	}
	t.cat = interfaceT
	t.field = fields
	t.constraint = constraint
	t.ulconstraint = ulconstraint
	t.str = str
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// structOf returns a struct type with the given fields.
func structOf(t *itype, fields []structField, opts ...itypeOption) *itype {
	str := "struct {}"
	if len(fields) > 0 {
		str = "struct { " + fieldsTypeString(fields) + " }" // gonotes patch (s11-fixa): as Go spells it
	}
	if t == nil {
		t = &itype{}
	}
	t.cat = structT
	t.field = fields
	t.str = str
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// genericOf returns a generic type.
func genericOf(val *itype, name, path string, opts ...itypeOption) *itype {
	t := &itype{cat: genericT, name: name, path: path, str: name, val: val}
	for _, opt := range opts {
		opt(t)
	}
	return t
}

// seenNode determines if a node has been seen.
//
// seenNode treats the slice of nodes as the path traveled down a node
// tree.
func seenNode(ns []*node, n *node) bool {
	for _, nn := range ns {
		if nn == n {
			return true
		}
	}
	return false
}

// nodeType returns a type definition for the corresponding AST subtree.
func nodeType(interp *Interpreter, sc *scope, n *node) (*itype, error) {
	return nodeType2(interp, sc, n, nil)
}

func nodeType2(interp *Interpreter, sc *scope, n *node, seen []*node) (t *itype, err error) {
	if n.typ != nil && !n.typ.incomplete {
		return n.typ, nil
	}
	if sname := typeName(n); sname != "" {
		sym, _, found := sc.lookup(sname)
		if found && sym.kind == typeSym && sym.typ != nil {
			if sym.typ.isComplete() && reusable(sym, n) { // gonotes patch
				return sym.typ, nil
			}
			if seenNode(seen, n) {
				// We have seen this node in our tree, so it must be recursive.
				sym.typ.incomplete = false
				return sym.typ, nil
			}
		}
	}
	seen = append(seen, n)
	defer func() { seen = seen[:len(seen)-1] }()

	switch n.kind {
	case addressExpr, starExpr:
		val, err := nodeType2(interp, sc, n.child[0], seen)
		if err != nil {
			return nil, err
		}
		// gonotes patch: *p of a pointer value p is what p points to
		// (a global "y := (*p)[0]" was a "constant definition loop":
		// the index of a pointer type).
		if n.kind == starExpr && !val.incomplete && !n.child[0].isType(sc) {
			switch {
			case val.cat == ptrT && val.val != nil:
				t = val.val
			case val.cat == valueT && val.rtype != nil && val.rtype.Kind() == reflect.Ptr:
				t = valueTOf(val.rtype.Elem())
			}
			if t != nil {
				break
			}
		}
		t = ptrOf(val, withNode(n), withScope(sc))
		t.incomplete = val.incomplete

	case arrayType:
		c0 := n.child[0]
		if len(n.child) == 1 {
			val, err := nodeType2(interp, sc, c0, seen)
			if err != nil {
				return nil, err
			}
			t = sliceOf(val, withNode(n), withScope(sc))
			t.incomplete = val.incomplete
			break
		}
		// Array size is defined.
		var (
			length     int
			ltyp       *itype // gonotes patch: the type of a named length, if not c0's
			incomplete bool
		)
		switch v := c0.rval; {
		case v.IsValid():
			// Size if defined by a constant literal value.
			if isConstantValue(v.Type()) {
				c := v.Interface().(constant.Value)
				if length, err = arrayLenConst(c0, c); err != nil { // gonotes patch: was constToInt (panicked beyond int64)
					return nil, err
				}
			} else {
				switch v.Type().Kind() {
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					length = int(v.Int())
				case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
					length = int(v.Uint())
				default:
					return nil, c0.cfgErrorf("non integer constant %v", v)
				}
			}
		case c0.kind == ellipsisExpr:
			// [...]T expression, get size from the length of composite array.
			length, err = arrayTypeLen(n.anc, sc)
			if err != nil {
				incomplete = true
			}
		case c0.kind == identExpr:
			sym, _, ok := sc.lookup(c0.ident)
			if !ok {
				incomplete = true
				break
			}
			// Size is defined by a symbol which must be a constant integer.
			if sym.kind != constSym {
				return nil, c0.cfgErrorf("invalid array length %s", c0.ident) // gonotes patch (s16-errwords): go/types' words
			}
			if sym.typ != nil && sym.typ.untyped && sym.rval.IsValid() && !isInt(sym.typ.TypeOf()) {
				// gonotes patch (s20-lead): an untyped float or complex
				// constant of an integer value (const size = 1e7) is a
				// length, as in Go.
				if c := constValueOf(sym.rval); c != nil && c.Kind() != constant.String {
					if length, err = arrayLenConstOf(c0, c, sym.typ); err != nil {
						return nil, err
					}
					ltyp = sym.typ
					break
				}
			}
			if sym.typ == nil || !isInt(sym.typ.TypeOf()) || !sym.rval.IsValid() {
				incomplete = true
				break
			}
			length = int(vInt(sym.rval))
			ltyp = sym.typ // gonotes patch
		default:
			// Size is defined by a numeric constant expression.
			var ok bool
			if _, err := interp.cfg(c0, sc, sc.pkgID, sc.pkgName); err != nil {
				if strings.Contains(err.Error(), " undefined: ") {
					incomplete = true
					break
				}
				return nil, err
			}
			if !c0.rval.IsValid() {
				return nil, c0.cfgErrorf("undefined array size")
			}
			if length, ok = c0.rval.Interface().(int); !ok {
				v, ok := c0.rval.Interface().(constant.Value)
				if !ok {
					incomplete = true
					break
				}
				if length, err = arrayLenConst(c0, v); err != nil { // gonotes patch: was constToInt (panicked beyond int64)
					return nil, err
				}
			}
		}
		if length < 0 { // gonotes patch: reflect.ArrayOf panicked
			return nil, c0.cfgErrorf("invalid array length %s", constOperand(c0, constant.MakeInt64(int64(length)), ltyp))
		}
		val, err := nodeType2(interp, sc, n.child[1], seen)
		if err != nil {
			return nil, err
		}
		t = arrayOf(val, length, withNode(n), withScope(sc))
		t.incomplete = incomplete || val.incomplete

	case basicLit:
		switch v := n.rval.Interface().(type) {
		case bool:
			n.rval = reflect.ValueOf(constant.MakeBool(v))
			t = untypedBool(n)
		case rune:
			// It is impossible to work out rune const literals in AST
			// with the correct type so we must make the const type here.
			n.rval = reflect.ValueOf(constant.MakeInt64(int64(v)))
			t = untypedRune(n)
		case constant.Value:
			switch v.Kind() {
			case constant.Bool:
				t = untypedBool(n)
			case constant.String:
				t = untypedString(n)
			case constant.Int:
				t = untypedInt(n)
				if strings.HasPrefix(n.ident, "'") { // gonotes patch: a rune literal typed before (rval already made a constant)
					t = untypedRune(n)
				}
			case constant.Float:
				t = untypedFloat(n)
			case constant.Complex:
				t = untypedComplex(n)
			default:
				err = n.cfgErrorf("missing support for type %v", n.rval)
			}
		default:
			err = n.cfgErrorf("missing support for type %T: %v", v, n.rval)
		}

	case unaryExpr:
		// In interfaceType, we process an underlying type constraint definition.
		// gonotes patch (s11-gen): and a term of a union written as a type
		// parameter's constraint ([T ~int | ~string]).
		if isInInterfaceType(n) || n.anc != nil && n.anc.kind == binaryExpr && isTypeParamConstraint(n) {
			t1, err := nodeType2(interp, sc, n.child[0], seen)
			if err != nil {
				return nil, err
			}
			if err := tildeTermError(n, t1); err != nil { // gonotes patch (s19-errwords19)
				return nil, err
			}
			t = &itype{cat: constraintT, ulconstraint: []*itype{t1}, node: n} // gonotes patch (s19-errwords19): node, see binaryExpr
			break
		}
		t, err = nodeType2(interp, sc, n.child[0], seen)
		if err == nil && n.action == aRecv { // gonotes patch: <-ch is of ch's element type, not ch's
			if et := chanElement(t); et != nil {
				t = et
			}
		}

	case binaryExpr:
		// In interfaceType, we process a type constraint union definition.
		// gonotes patch (s11-gen): and a union written as a type
		// parameter's constraint ([T Integer | Float]): it was the type of
		// its first term, and Abs(Celsius(-1)) was refused.
		if isInInterfaceType(n) || isTypeParamConstraint(n) {
			t = &itype{cat: constraintT, constraint: []*itype{}, ulconstraint: []*itype{}, node: n} // gonotes patch (s19-errwords19): node, the union as written in errors
			for _, c := range n.child {
				t1, err := nodeType2(interp, sc, c, seen)
				if err != nil {
					return nil, err
				}
				switch t1.cat {
				case constraintT:
					t.constraint = append(t.constraint, t1.constraint...)
					t.ulconstraint = append(t.ulconstraint, t1.ulconstraint...)
				default:
					t.constraint = append(t.constraint, t1)
				}
			}
			if n.anc == nil || n.anc.kind != binaryExpr { // gonotes patch (s19-errwords19)
				if err := unionTermsError(interp, sc, n, seen); err != nil {
					return nil, err
				}
			}
			break
		}
		// Get type of first operand.
		if t, err = nodeType2(interp, sc, n.child[0], seen); err != nil {
			return nil, err
		}
		// For operators other than shift, get the type from the 2nd operand if the first is untyped.
		if t.untyped && !isShiftNode(n) {
			var t1 *itype
			t1, err = nodeType2(interp, sc, n.child[1], seen)
			if !(t1.untyped && isInt(t1.TypeOf()) && isFloat(t.TypeOf())) {
				t = t1
			}
		}

		// gonotes patch: a comparison is a boolean (c := f() == 0 at the top
		// level took the type of f's result).
		switch n.action {
		case aEqual, aNotEqual, aGreater, aGreaterEqual, aLower, aLowerEqual:
			if t.untyped {
				t = untypedBool(n)
			} else {
				t = sc.getType("bool")
			}
		}

		// If the node is to be assigned or returned, the node type is the destination type.
		dt := t

		switch a := n.anc; {
		case a.kind == assignStmt && isEmptyInterface(a.child[0].typ):
			// Because an empty interface concrete type "mutates" as different values are
			// assigned to it, we need to make a new itype from scratch everytime a new
			// assignment is made, and not let different nodes (of the same variable) share the
			// same itype. Otherwise they would overwrite each other.
			a.child[0].typ = &itype{cat: interfaceT, val: dt, str: "interface{}"}

		case a.kind == defineStmt && len(a.child) > a.nleft+a.nright:
			if dt, err = nodeType2(interp, sc, a.child[a.nleft], seen); err != nil {
				return nil, err
			}

		case a.kind == returnStmt:
			dt = sc.def.typ.ret[childPos(n)]
		}
		if t != nil && dt != nil && !t.incomplete && !dt.incomplete && basicKindMismatch(t, dt) {
			// gonotes patch (s17-redecl): an int operation is not a
			// float64 (var avg float64 = 10 / len(s)): the assignment
			// rejects it.
			dt = t
		}

		if isInterfaceSrc(dt) {
			// Set a new interface type preserving the concrete type (.val field).
			t2 := *dt
			t2.val = t
			dt = &t2
		}
		t = dt

	case callExpr:
		if isBuiltinCall(n, sc) {
			// Builtin types are special and may depend from their input arguments.
			switch bname := builtinName(n.child[0], sc); bname { // gonotes patch: was n.child[0].ident
			case bltnAlignof, bltnOffsetof, bltnSizeof, bltnAdd, bltnSlice, bltnSliceData, bltnString, bltnStringData: // gonotes patch
				t, err = unsafeBuiltinType(interp, sc, n, bname, seen)
			case bltnComplex:
				var nt0, nt1 *itype
				if len(n.child) == 2 && n.child[1].kind == callExpr && len(n.child[1].child) > 0 {
					// gonotes patch: complex(f()), f of two results.
					var ft *itype
					if ft, err = nodeType2(interp, sc, n.child[1].child[0], seen); err != nil {
						return nil, err
					}
					switch {
					case ft.incomplete:
						nt0, nt1 = ft, ft // known later
					case ft.numOut() != 2:
						return nil, n.cfgErrorf("not enough arguments in call to complex")
					default:
						nt0, nt1 = ft.out(0), ft.out(1)
					}
				} else {
					if nt0, err = nodeType2(interp, sc, n.child[1], seen); err != nil {
						return nil, err
					}
					if len(n.child) < 3 { // gonotes patch: an error, not an index panic
						return nil, n.cfgErrorf("not enough arguments in call to complex")
					}
					if nt1, err = nodeType2(interp, sc, n.child[2], seen); err != nil {
						return nil, err
					}
				}
				if nt0.incomplete || nt1.incomplete {
					t.incomplete = true
				} else {
					switch t0, t1 := nt0.TypeOf(), nt1.TypeOf(); {
					case isFloat32(t0) && isFloat32(t1):
						t = sc.getType("complex64")
					case isFloat64(t0) && isFloat64(t1):
						t = sc.getType("complex128")
					case nt0.untyped && isNumber(t0) && nt1.untyped && isNumber(t1):
						t = untypedComplex(n)
					case nt0.untyped && isFloat32(t1) || nt1.untyped && isFloat32(t0):
						t = sc.getType("complex64")
					case nt0.untyped && isFloat64(t1) || nt1.untyped && isFloat64(t0):
						t = sc.getType("complex128")
					default:
						err = n.cfgErrorf("invalid types %s and %s", t0.Kind(), t1.Kind())
					}
					if nt0.untyped && nt1.untyped {
						t = untypedComplex(n)
					}
				}
			case bltnReal, bltnImag:
				if t, err = nodeType2(interp, sc, n.child[1], seen); err != nil {
					return nil, err
				}
				if !t.incomplete {
					switch k := t.TypeOf().Kind(); {
					case t.untyped && isNumber(t.TypeOf()):
						t = untypedFloat(n)
					case k == reflect.Complex64:
						t = sc.getType("float32")
					case k == reflect.Complex128:
						t = sc.getType("float64")
					default:
						err = n.cfgErrorf("invalid complex type %s", k)
					}
				}
			case bltnCap, bltnCopy, bltnLen:
				t = sc.getType("int")
			case bltnMin, bltnMax: // gonotes patch
				for _, c := range n.child[1:] {
					if c.typ == nil {
						if c.typ, err = nodeType2(interp, sc, c, seen); err != nil {
							return nil, err
						}
					}
				}
				if t = minMaxType(n.child[1:]); t == nil {
					t = &itype{cat: builtinT}
				}
			case bltnAppend, bltnMake, bltnNew:
				if len(n.child) < 2 { // gonotes patch (s19-errwords19): make() at a cell's top level crashed
					return nil, n.cfgErrorf("invalid operation: not enough arguments for %s() (expected 1, found 0)", bname)
				}
				t, err = nodeType2(interp, sc, n.child[1], seen)
				if bname != bltnNew {
					break
				}
				incomplete := t.incomplete
				t = ptrOf(t, withScope(sc))
				t.incomplete = incomplete
			case bltnRecover:
				t = sc.getType("interface{}")
			default:
				t = &itype{cat: builtinT}
			}
			if err != nil {
				return nil, err
			}
		} else {
			if t, err = nodeType2(interp, sc, n.child[0], seen); err != nil || t == nil {
				return nil, err
			}
			if !isGeneric(t) && n.child[0].isType(sc) {
				// gonotes patch (s12-public7): a conversion T(x) is of type
				// T, also when T is a func type (not its result type).
				break
			}
			if isGeneric(t) || n.child[0].kind == indexExpr || n.child[0].kind == indexListExpr { // gonotes patch: the result type of an instance
				if rt, err2 := genericCallTypes(interp, sc, n, seen); err2 != nil {
					return nil, err2
				} else if len(rt) == 1 {
					t = rt[0]
					break
				}
			}
			switch t.cat {
			case valueT:
				if rt := t.rtype; rt.Kind() == reflect.Func && rt.NumOut() == 1 {
					t = valueTOf(rt.Out(0), withScope(sc))
				}
			default:
				if len(t.ret) == 1 {
					t = t.ret[0]
				}
			}
		}

	case compositeLitExpr:
		t, err = nodeType2(interp, sc, n.child[0], seen)

	case chanType, chanTypeRecv, chanTypeSend:
		dir := chanSendRecv
		switch n.kind {
		case chanTypeRecv:
			dir = chanRecv
		case chanTypeSend:
			dir = chanSend
		}
		val, err := nodeType2(interp, sc, n.child[0], seen)
		if err != nil {
			return nil, err
		}
		t = chanOf(val, dir, withNode(n), withScope(sc))
		t.incomplete = val.incomplete

	case ellipsisExpr:
		val, err := nodeType2(interp, sc, n.child[0], seen)
		if err != nil {
			return nil, err
		}
		t = variadicOf(val, withNode(n), withScope(sc))
		t.incomplete = t.val.incomplete

	case funcLit:
		t, err = nodeType2(interp, sc, n.child[2], seen)

	case funcType:
		var incomplete bool

		// gonotes patch: the func type of a type declaration is made in
		// place, as a struct type is, so that a reference to the declared
		// name in its own signature (type stateFn func(*lexer) stateFn)
		// is the type itself, not an incomplete stand-in.
		var self *itype
		// gonotes patch (s11-gen): and the instance of a generic func type
		// (type StateFn[T any] func(*T) StateFn[T]), whose generated
		// declaration keeps an empty type parameter list.
		if a := n.anc; a != nil && a.kind == typeSpec && a.lastChild() == n && (len(a.child) == 2 || len(a.child) == 3 && len(a.child[1].child) == 0) && len(n.child[0].child) == 0 {
			sname := n.anc.child[0].ident
			if sym, _, found := sc.lookup(sname); found && sym.kind == typeSym && sym.typ != nil && reusable(sym, n) && (sym.typ.cat == funcT || sym.typ.cat == nilT) {
				self = sym.typ
			} else {
				self = &itype{name: sname, path: sc.pkgName}
				sc.sym[sname] = &symbol{index: -1, kind: typeSym, typ: self, node: n}
			}
			self.cat, self.node, self.scope, self.incomplete = funcT, n, sc, false
		}

		// Handle type parameters.
		for _, arg := range n.child[0].child {
			cl := len(arg.child) - 1
			typ, err := nodeType2(interp, sc, arg.child[cl], seen)
			if err != nil {
				return nil, err
			}
			for _, c := range arg.child[:cl] {
				sc.sym[c.ident] = &symbol{index: -1, kind: varTypeSym, typ: typ}
			}
			incomplete = incomplete || typ.incomplete
		}

		// Handle input parameters.
		args := make([]*itype, 0, len(n.child[1].child))
		for _, arg := range n.child[1].child {
			cl := len(arg.child) - 1
			typ, err := nodeType2(interp, sc, arg.child[cl], seen)
			if err != nil {
				return nil, err
			}
			args = append(args, typ)
			// Several arguments may be factorized on the same field type.
			for i := 1; i < cl; i++ {
				args = append(args, typ)
			}
			incomplete = incomplete || typ.incomplete
		}

		// Handle returned values.
		var rets []*itype
		if len(n.child) == 3 {
			for _, ret := range n.child[2].child {
				cl := len(ret.child) - 1
				typ, err := nodeType2(interp, sc, ret.child[cl], seen)
				if err != nil {
					return nil, err
				}
				rets = append(rets, typ)
				// Several arguments may be factorized on the same field type.
				for i := 1; i < cl; i++ {
					rets = append(rets, typ)
				}
				incomplete = incomplete || typ.incomplete
			}
		}
		t = funcOf(args, rets, withNode(n), withScope(sc))
		t.incomplete = incomplete
		if self != nil { // gonotes patch: see above
			self.arg, self.ret, self.str, self.incomplete = t.arg, t.ret, t.str, incomplete
			self.rtype, self.selfFunc = nil, false
			for _, a := range append(append([]*itype{}, args...), rets...) {
				if a == self || a.cat == variadicT && a.val == self {
					self.selfFunc = true
				}
			}
			t = self
		}

	case identExpr:
		sym, _, found := sc.lookup(n.ident)
		if !found {
			// retry with the filename, in case ident is a package name.
			baseName := filepath.Base(interp.fset.Position(n.pos).Filename)
			ident := filepath.Join(n.ident, baseName)
			sym, _, found = sc.lookup(ident)
			if !found {
				t = &itype{name: n.ident, path: sc.pkgName, node: n, incomplete: true, scope: sc}
				sc.sym[n.ident] = &symbol{kind: typeSym, typ: t}
				break
			}
		}
		if sym.kind == varTypeSym {
			t = genericOf(sym.typ, n.ident, sc.pkgName, withNode(n), withScope(sc))
		} else {
			t = sym.typ
		}
		if t == nil && sym.kind == bltnSym { // gonotes patch (s19-errwords19): f := len, at a cell's top level, crashed here
			return nil, n.cfgErrorf("%s (built-in) must be called", n.ident)
		}
		if t == nil {
			if t, err = nodeType2(interp, sc, sym.node, seen); err != nil {
				return nil, err
			}
		}
		if t.incomplete && t.cat == linkedT && t.val != nil && t.val.cat != nilT {
			t.incomplete = false
		}
		if t.incomplete && t.node != n {
			m := t.method
			if t, err = nodeType2(interp, sc, t.node, seen); err != nil {
				return nil, err
			}
			t.method = m
			sym.typ = t
		}
		if t.node == nil {
			t.node = n
		}

	case indexExpr:
		var lt *itype
		if lt, err = nodeType2(interp, sc, n.child[0], seen); err != nil {
			return nil, err
		}
		if lt.incomplete {
			if t == nil {
				t = lt
			} else {
				t.incomplete = true
			}
			break
		}
		switch lt.cat {
		case arrayT, mapT, sliceT, variadicT:
			t = lt.val
		case stringT: // gonotes patch: s[i] (a global "b := s[0]" was a "definition loop")
			t = sc.getType("byte")
		case ptrT: // gonotes patch: p[i] for a pointer to array
			if lt.val != nil && lt.val.cat == arrayT {
				t = lt.val.val
			}
		case valueT: // gonotes patch: the index of a compiled type
			switch rt := lt.rtype; rt.Kind() {
			case reflect.String:
				t = sc.getType("byte")
			case reflect.Array, reflect.Slice, reflect.Map:
				t = valueTOf(rt.Elem())
			case reflect.Ptr:
				if rt.Elem().Kind() == reflect.Array {
					t = valueTOf(rt.Elem().Elem())
				}
			}
		case funcT:
			// gonotes patch: an instantiated generic func.
			if isGeneric(lt) {
				t, err = instantiatedFuncType(interp, sc, lt, n.child[1:], seen)
				if err != nil {
					return nil, err
				}
			}
		case genericT:
			t1, err := nodeType2(interp, sc, n.child[1], seen)
			if err != nil {
				return nil, err
			}
			if t1.cat == genericT || t1.incomplete {
				t = lt
				break
			}
			name := lt.id() + "[" + t1.id() + "]"
			if sym, _, found := sc.lookup(name); found && isInstanceOf(sym.typ, lt) {
				t = sym.typ
				break
			}
			// A generic type is being instantiated. Generate it.
			t, err = genType(interp, sc, name, lt, []*itype{t1}, seen)
			if err != nil {
				return nil, err
			}
		}

	case indexListExpr:
		// Similar to above indexExpr for generic types, but handle multiple type parameters.
		var lt *itype
		if lt, err = nodeType2(interp, sc, n.child[0], seen); err != nil {
			return nil, err
		}
		if lt.incomplete {
			if t == nil {
				t = lt
			} else {
				t.incomplete = true
			}
			break
		}

		if lt.cat == funcT && isGeneric(lt) {
			// gonotes patch: an instantiated generic func.
			t, err = instantiatedFuncType(interp, sc, lt, n.child[1:], seen)
			if err != nil {
				return nil, err
			}
			break
		}
		// Index list expressions can be used only in context of generic types.
		if lt.cat != genericT {
			err = n.cfgErrorf("not a generic type: %s", lt.id())
			return nil, err
		}
		name := lt.id() + "["
		out := false
		types := []*itype{}
		for _, c := range n.child[1:] {
			t1, err := nodeType2(interp, sc, c, seen)
			if err != nil {
				return nil, err
			}
			if t1.cat == genericT || t1.incomplete {
				t = lt
				out = true
				break
			}
			types = append(types, t1)
			name += t1.id() + ","
		}
		if out {
			break
		}
		name = strings.TrimSuffix(name, ",") + "]"
		if sym, _, found := sc.lookup(name); found && isInstanceOf(sym.typ, lt) {
			t = sym.typ
			break
		}
		// A generic type is being instantiated. Generate it.
		t, err = genType(interp, sc, name, lt, types, seen)

	case interfaceType:
		if sname := typeName(n); sname != "" {
			if sym, _, found := sc.lookup(sname); found && sym.kind == typeSym && reusable(sym, n) { // gonotes patch
				t = interfaceOf(sym.typ, sym.typ.field, sym.typ.constraint, sym.typ.ulconstraint, withNode(n), withScope(sc))
			}
		} else if a := n.anc; a != nil && a.kind == typeSpec && len(a.child) == 3 && a.lastChild() == n {
			// gonotes patch (s11-gen): the instance of a generic interface
			// type that genType made a placeholder for.
			if sym := sc.sym[a.child[0].ident]; sym != nil && sym.node == n && sym.typ != nil && sym.typ.cat == interfaceT {
				t = sym.typ
			}
		}
		var incomplete bool
		fields := []structField{}
		constraint := []*itype{}
		ulconstraint := []*itype{}
		for _, c := range n.child[0].child {
			c0 := c.child[0]
			if len(c.child) == 1 {
				if c0.ident == "error" {
					// Unwrap error interface inplace rather than embedding it, because
					// "error" is lower case which may cause problems with reflect for method lookup.
					typ := errorMethodType(sc)
					fields = append(fields, structField{name: "Error", typ: typ})
					continue
				}
				typ, err := nodeType2(interp, sc, c0, seen)
				if err != nil {
					return nil, err
				}
				incomplete = incomplete || typ.incomplete
				if typ.cat == constraintT {
					constraint = append(constraint, typ.constraint...)
					ulconstraint = append(ulconstraint, typ.ulconstraint...)
					continue
				}
				// gonotes patch (s19-errwords19): a non-interface type
				// embedded in an interface (interface{ Point }, Point a
				// struct) is a type term, as in a union of one term: the
				// interface is a constraint. It was an embedded field, and
				// var s Shape ran or crashed.
				if isTypeTerm(typ) {
					constraint = append(constraint, typ)
					continue
				}
				fields = append(fields, structField{name: fieldName(c0), embed: true, typ: typ})
				continue
			}
			typ, err := nodeType2(interp, sc, c.child[1], seen)
			if err != nil {
				return nil, err
			}
			fields = append(fields, structField{name: c0.ident, typ: typ})
			incomplete = incomplete || typ.incomplete
		}
		// gonotes patch (s15-noticeda): duplicate methods of an interface
		// type literal anywhere (var x interface{ M(); M() }), not only
		// of a declared interface type (dupMethodError).
		// The signatures are compared (their reflect types made) only
		// when the literal embeds an interface: a method's signature may
		// name a type being declared (Follow() Node[T]).
		if name := dupOwnMethod(fields); name != "" {
			return nil, n.cfgErrorf("%w", dupMethodErr{name})
		}
		if !incomplete && embedsIface(fields) {
			var name string
			if fields, name = mergedIfaceMethods(fields); name != "" {
				return nil, n.cfgErrorf("%w", dupMethodErr{name})
			}
		}
		t = interfaceOf(t, fields, constraint, ulconstraint, withNode(n), withScope(sc))
		t.incomplete = incomplete

	case landExpr, lorExpr:
		t = sc.getType("bool")

	case mapType:
		key, err := nodeType2(interp, sc, n.child[0], seen)
		if err != nil {
			return nil, err
		}
		val, err := nodeType2(interp, sc, n.child[1], seen)
		if err != nil {
			return nil, err
		}
		if err := mapKeyErr(n, key); err != nil { // gonotes patch (s17-errwords17)
			return nil, err
		}
		t = mapOf(key, val, withNode(n), withScope(sc))
		t.incomplete = key.incomplete || val.incomplete

	case parenExpr:
		t, err = nodeType2(interp, sc, n.child[0], seen)

	case selectorExpr:
		// Resolve the left part of selector, then lookup the right part on it
		var lt *itype

		// Lookup the package symbol first if we are in a field expression as
		// a previous parameter has the same name as the package, we need to
		// prioritize the package type.
		if n.anc.kind == fieldExpr {
			lt = findPackageType(interp, sc, n.child[0])
		}
		if lt == nil {
			// No package was found or we are not in a field expression, we are looking for a variable.
			if lt, err = nodeType2(interp, sc, n.child[0], seen); err != nil {
				return nil, err
			}
		}

		if lt.incomplete {
			break
		}
		name := n.child[1].ident
		switch lt.cat {
		case binPkgT:
			if bname := unsafeBuiltinName(n, sc); bname != "" { // gonotes patch: unsafe.go
				err = n.cfgErrorf("%s (built-in) must be called", bname)
				break
			}
			pkg := interp.binPkg[lt.path]
			if v, ok := pkg[name]; ok {
				rtype := v.Type()
				if isBinType(v) {
					// A bin type is encoded as a pointer on a typed nil value.
					rtype = rtype.Elem()
				}
				t = valueTOf(rtype, withNode(n), withScope(sc))
				break
			}
			// Continue search in source package, as it may exist if package contains generics.
			fallthrough
		case srcPkgT:
			// gonotes patch: binSrcPkg, the source complement of a binary package.
			pkg, err2 := interp.binSrcPkg(lt.path, sc)
			if err2 != nil {
				err = n.cfgErrorf("%v", err2)
				break
			}
			if s, ok := pkg[name]; ok {
				t = s.typ
				break
			}
			if v, ok := interp.binPkg[lt.path][name]; ok && isBinType(v) {
				t = valueTOf(v.Type().Elem(), withNode(n), withScope(sc))
				break
			}
			err = n.cfgErrorf("undefined selector %s.%s", lt.path, name)
		default:
			if m, _ := lt.lookupMethod(name); m != nil {
				t, err = nodeType2(interp, sc, m.child[2], seen)
				t = methodExprType(sc, n, lt, t) // gonotes patch (s16-public11b)
			} else if mt, _, _, ok := embeddedBinMethodExprType(lt, name, sc); ok && n.child[0].isType(sc) {
				t = mt // gonotes patch (s17-embedcompiled): as cfg types it (methexprbin.go)
			} else if bm, _, _, ok := lt.lookupBinMethod(name); ok {
				if bm.Func.IsValid() {
					t = valueTOf(bm.Type, isBinMethod(), withRecv(lt), withScope(sc))
				} else { // gonotes patch (s15-public10a): an interface's method has no receiver parameter
					t = valueTOf(bm.Type, withRecv(lt), withScope(sc))
				}
			} else if ti := lt.lookupField(name); len(ti) > 0 {
				t = lt.fieldSeq(ti)
				if isInterfaceSrc(lt) {
					t = methodExprType(sc, n, lt, t) // gonotes patch (s16-public11b): I.M
				}
			} else if bs, _, ok := lt.lookupBinField(name); ok {
				t = valueTOf(bs.Type, withScope(sc))
			} else if mt := lt.interfaceMethod(name); mt != nil {
				// gonotes patch: a method promoted from an embedded
				// interface field (struct{ I }), as cfg's matchSelectorMethod.
				t = mt
			} else {
				err = lt.node.cfgErrorf("undefined selector %s", name)
			}
		}

	case sliceExpr:
		t, err = nodeType2(interp, sc, n.child[0], seen)
		if err != nil {
			return nil, err
		}

		if t.cat == valueT {
			switch t.rtype.Kind() {
			case reflect.Array, reflect.Ptr:
				t = valueTOf(reflect.SliceOf(t.rtype.Elem()), withScope(sc))
			}
			break
		}
		if t.cat == ptrT {
			t = t.val
		}
		if t.cat == arrayT {
			incomplete := t.incomplete
			t = sliceOf(t.val, withNode(n), withScope(sc))
			t.incomplete = incomplete
		}

	case structType:
		var sym *symbol
		var found bool
		sname := structName(n)
		if sname != "" {
			sym, _, found = sc.lookup(sname)
			if found && sym.kind == typeSym && sym.typ != nil && reusable(sym, n) { // gonotes patch
				t = structOf(sym.typ, sym.typ.field, withNode(n), withScope(sc))
			} else {
				t = structOf(nil, nil, withNode(n), withScope(sc))
				sc.sym[sname] = &symbol{index: -1, kind: typeSym, typ: t, node: n}
			}
		}
		var incomplete bool
		fields := make([]structField, 0, len(n.child[0].child))
		for _, c := range n.child[0].child {
			switch {
			case len(c.child) == 1:
				typ, err := nodeType2(interp, sc, c.child[0], seen)
				if err != nil {
					return nil, err
				}
				fields = append(fields, structField{name: fieldName(c.child[0]), embed: true, typ: typ})
				incomplete = incomplete || typ.incomplete
			case len(c.child) == 2 && c.child[1].kind == basicLit:
				tag := vString(c.child[1].rval)
				typ, err := nodeType2(interp, sc, c.child[0], seen)
				if err != nil {
					return nil, err
				}
				fields = append(fields, structField{name: fieldName(c.child[0]), embed: true, typ: typ, tag: tag})
				incomplete = incomplete || typ.incomplete
			default:
				var tag string
				l := len(c.child)
				if c.lastChild().kind == basicLit {
					tag = vString(c.lastChild().rval)
					l--
				}
				typ, err := nodeType2(interp, sc, c.child[l-1], seen)
				if err != nil {
					return nil, err
				}
				incomplete = incomplete || typ.incomplete
				for _, d := range c.child[:l-1] {
					fields = append(fields, structField{name: d.ident, typ: typ, tag: tag})
				}
			}
		}
		t = structOf(t, fields, withNode(n), withScope(sc))
		t.incomplete = incomplete
		if sname != "" {
			if sc.sym[sname] == nil {
				sc.sym[sname] = &symbol{index: -1, kind: typeSym, node: n}
			}
			sc.sym[sname].typ = t
		}

	case typeAssertExpr:
		t, err = nodeType2(interp, sc, n.child[1], seen)

	default:
		err = n.cfgErrorf("type definition not implemented: %s", n.kind)
	}

	if err == nil && t != nil && t.cat == nilT && !t.incomplete {
		err = n.cfgErrorf("use of untyped nil %s", t.name)
	}

	// The existing symbol data needs to be recovered, but not in the
	// case where we are aliasing another type.
	if n.anc.kind == typeSpec && n.kind != selectorExpr && n.kind != identExpr {
		name := n.anc.child[0].ident
		if sym := sc.sym[name]; sym != nil {
			t.path = sc.pkgName
			t.name = name
		}
	}

	switch {
	case t == nil:
	case t.name != "" && t.path != "":
		t.str = t.path + "." + t.name + t.local // gonotes patch (s12-goroot): local
	case t.cat == nilT:
		t.str = "nil"
	}

	return t, err
}

func genType(interp *Interpreter, sc *scope, name string, lt *itype, types []*itype, seen []*node) (t *itype, err error) {
	// gonotes patch (s10-goroot): an instance that needs itself through
	// other generic types (List[a] with a method of Cons[a] that returns a
	// List[a]) would be generated again and again until the stack
	// overflows, which ends the process: a compile error instead.
	key := genKey{lt, name}
	if strings.Count(name, "[") > maxInstanceDepth {
		// gonotes patch (s11-gen): a method of Pair[K, V] that uses
		// Pair[Pair[K, V], int] makes ever deeper instances, which Go
		// rejects; the compilation did not end.
		return nil, lt.node.cfgErrorf("instantiation cycle: %s instantiates ever deeper instances of itself", lt.name)
	}
	state := &genState{sc: sc}
	if v, busy := interp.genInProgress.LoadOrStore(key, state); busy {
		// gonotes patch (s11-gen): a struct instance being generated is
		// needed by another generic type it uses (Tree[T] with a field
		// *Node[T], and Node[T] with a field *Tree[T]): that type gets
		// the struct type being built, as a struct type referring to
		// itself does. Other cycles are still refused.
		if st := v.(*genState); st.g != nil {
			g, tname := st.g, lt.name+strings.TrimPrefix(name, lt.id())
			if sym, _, ok := st.sc.lookup(tname); ok && sym.kind == typeSym && sym.typ != nil && (sym.typ.cat == structT || sym.typ.cat == interfaceT) && sym.node == g.lastChild() {
				st.handedOut = true
				return sym.typ, nil
			}
		}
		return nil, lt.node.cfgErrorf("instantiation cycle: %s needs itself through another generic type (not supported)", name)
	}
	defer interp.genInProgress.Delete(key)
	// A generic type is being instantiated. Generate it.
	g, _, err := genAST(sc, lt.node.anc, types)
	if err != nil {
		return nil, err
	}
	state.g = g
	if rhs := g.lastChild(); rhs.kind == interfaceType && g.kind == typeSpec {
		// gonotes patch (s11-gen): the interface type is made in place
		// (see the interfaceType case of nodeType2), so that a generic
		// type it uses may refer to it before it is complete (genState).
		sc.sym[g.child[0].ident] = &symbol{index: -1, kind: typeSym, typ: interfaceOf(nil, nil, nil, nil, withNode(rhs), withScope(sc)), node: rhs}
	}
	t, err = nodeType2(interp, sc, g.lastChild(), seen)
	if err != nil {
		return nil, err
	}
	if g.kind == typeSpec {
		// gonotes patch: an instance of a generic defined type is a defined
		// type of its own (an alias instance is its right-hand side).
		t = namedInstance(t, g, lt.path, sc)
		if t != nil && lt.local != "" {
			// gonotes patch (s12-goroot): an instance of a local generic
			// type is local too (T[int] of two funcs' T are two types).
			t.local = lt.local
			t.str += t.local
		}
		if t != nil {
			t.origin, t.targs = lt, types // for inference (unify)
			t = selfInstance(t, g, sc)    // gonotes patch (s11-gen)
		}
	}
	lt.instance = append(lt.instance, t)
	// Add generated symbol in the scope of generic source and user.
	sc.sym[name] = &symbol{index: -1, kind: typeSym, typ: t, node: g}
	if lt.scope.sym[name] == nil {
		lt.scope.sym[name] = sc.sym[name]
	}

	// gonotes patch: all the methods are declared before any is compiled
	// (a method calling one declared after it: "undefined selector").
	var gms []*node
	for _, nod := range lt.method {
		gm, err := declareMethod(interp, sc, t, nod, types)
		if err != nil {
			return nil, err
		}
		gms = append(gms, gm)
	}
	compile := func() error {
		for i, gm := range gms {
			if err := compileMethod(interp, gm, lt.method[i]); err != nil {
				return err
			}
		}
		return nil
	}
	// gonotes patch (s11-gen): the methods of an instance made while a
	// struct instance it uses is not complete yet (see genState) are
	// compiled once that struct is: compiling them would fix the struct's
	// runtime type without its fields.
	if owner := interp.genCycleOwner(key); owner != nil {
		owner.pending = append(owner.pending, compile)
	} else if err := compile(); err != nil {
		return nil, err
	}
	for len(state.pending) > 0 {
		p := state.pending[0]
		state.pending = state.pending[1:]
		if err := p(); err != nil {
			return nil, err
		}
	}
	return t, err
}

// genCycleOwner returns the state of an instance being generated, other
// than key's, whose struct type was given to another instance before it
// was complete, or nil. gonotes patch (s11-gen).
func (interp *Interpreter) genCycleOwner(key genKey) (owner *genState) {
	interp.genInProgress.Range(func(k, v any) bool {
		if st := v.(*genState); k != key && st.handedOut {
			owner = st
			return false
		}
		return true
	})
	return owner
}

// isInstanceOf reports whether t is an instance of the generic type lt.
// gonotes patch: the instances are found by name (Pair[string,int]), and
// a generic type declared again (a notebook cell run again) is another
// type, whose instances are other types.
func isInstanceOf(t, lt *itype) bool {
	for _, it := range lt.instance {
		if it == t {
			return true
		}
	}
	return false
}

// maxInstanceDepth is the depth of type arguments nested in type arguments
// (the '[' of an instance's name) beyond which an instance is taken as
// one of an instantiation cycle. gonotes patch (s11-gen).
const maxInstanceDepth = 64

// selfInstance returns t, the instance of a generic type declared with g,
// whose declaration refers to the instance itself through a composite type
// that is not a struct or func (type Chan[T any] chan Chan[T], type
// Tree[T any] []Tree[T]): the placeholder made for the reference (an incomplete type
// named as the instance, nodeType2 identExpr) is replaced by t, as for a
// non-generic type that refers to itself (tieSelf, and the symbol set by
// gta). gonotes patch (s11-gen): "undefined: Chan[int]".
func selfInstance(t *itype, g *node, sc *scope) *itype {
	name := g.child[0].ident
	sym := sc.sym[name]
	if sym == nil || sym.typ == nil || sym.typ == t || !sym.typ.incomplete || sym.typ.cat != nilT {
		return t
	}
	ph := sym.typ
	sym.typ = t
	incomplete := false
	replace := func(x *itype) *itype {
		if x == ph {
			return t
		}
		incomplete = incomplete || x != nil && x.incomplete
		return x
	}
	switch t.cat {
	case sliceT, arrayT, chanT, chanRecvT, chanSendT, ptrT:
		t.val = replace(t.val)
	case mapT:
		t.key, t.val = replace(t.key), replace(t.val)
	default: // a func type refers to itself through nodeType2's funcType case
		return t
	}
	t.incomplete = incomplete
	return t
}

// genState is what genType knows of an instance it is generating: its
// generated declaration, once made. gonotes patch (s11-gen).
type genState struct {
	g         *node
	sc        *scope         // where the instance is generated
	handedOut bool           // its struct type was given before it was complete
	pending   []func() error // the compilations of methods waiting for it
}

// genKey names an instance of a generic type being generated: the generic
// type and the instance's name. gonotes patch (s10-goroot).
type genKey struct {
	lt   *itype
	name string
}

// namedInstance returns t, the type of the right-hand side of the generated
// declaration g of an instance of a generic type, as the defined type
// path.name where name is g's (Stack[string]): a type made for g (struct,
// slice...) is named in place; a type shared with other declarations (a
// predeclared type, another instance: type W[T any] Stack[T]) gets a new
// defined type over it instead of being renamed. gonotes patch.
func namedInstance(t *itype, g *node, path string, sc *scope) *itype {
	if t == nil || t.cat == nilT {
		return t
	}
	name := g.child[0].ident
	switch g.lastChild().kind {
	case identExpr, selectorExpr, indexExpr, indexListExpr, parenExpr:
		nt := namedOf(t, path, name, withNode(g.child[0]), withScope(sc))
		nt.incomplete = t.incomplete
		nt.field = t.field
		return nt
	}
	t.name, t.path, t.str = name, path, name
	if path != "" {
		t.str = path + "." + name
	}
	return t
}

func genMethod(interp *Interpreter, sc *scope, t *itype, nod *node, types []*itype) error {
	gm, err := declareMethod(interp, sc, t, nod, types)
	if err != nil {
		return err
	}
	return compileMethod(interp, gm, nod)
}

// declareMethod generates the method nod of a generic type for its
// instance t and adds it to t. gonotes patch: genMethod declared and
// compiled a method at once.
func declareMethod(interp *Interpreter, sc *scope, t *itype, nod *node, types []*itype) (*node, error) {
	gm, _, err := genAST(sc, nod, types)
	if err != nil {
		return nil, err
	}
	if gm.typ, err = nodeType(interp, sc, gm.child[2]); err != nil {
		return nil, err
	}
	// gonotes patch: named as the generic method, so that a method declared
	// again replaces the instance's earlier one (addMethod).
	gm.ident = nod.child[1].ident
	t.addMethod(gm)

	// If the receiver is a pointer to a generic type, generate also the pointer type.
	if rtn := gm.child[0].child[0].lastChild(); rtn != nil && rtn.kind == starExpr {
		pt := ptrOf(t, withNode(t.node), withScope(sc))
		pt.addMethod(gm)
		rtn.typ = pt
	}
	return gm, nil
}

// compileMethod compiles gm, the instance of the method nod of a generic
// type that declareMethod generated. gonotes patch.
func compileMethod(interp *Interpreter, gm, nod *node) error {
	// Compile the method AST in the scope of the generic type.
	scop := nod.typ.scope
	if _, err := interp.cfg(gm, scop, scop.pkgID, scop.pkgName); err != nil {
		return err
	}

	// Generate closures for function body.
	return genRun(gm)
}

// findPackageType searches the top level scope for a package type.
func findPackageType(interp *Interpreter, sc *scope, n *node) *itype {
	// Find the root scope, the package symbols will exist there.
	for {
		if sc.level == 0 {
			break
		}
		sc = sc.anc
	}

	baseName := filepath.Base(interp.fset.Position(n.pos).Filename)
	sym, _, found := sc.lookup(filepath.Join(n.ident, baseName))
	if !found || sym.typ == nil && sym.typ.cat != srcPkgT && sym.typ.cat != binPkgT {
		return nil
	}
	return sym.typ
}

func isBuiltinCall(n *node, sc *scope) bool {
	if n.kind != callExpr {
		return false
	}
	s := n.child[0].sym
	if s == nil {
		if sym, _, found := sc.lookup(n.child[0].ident); found {
			s = sym
		}
	}
	return s != nil && s.kind == bltnSym || unsafeBuiltinName(n.child[0], sc) != "" // gonotes patch: unsafe.Slice...
}

// struct name returns the name of a struct type.
func typeName(n *node) string {
	if n.anc.kind == typeSpec && len(n.anc.child) == 2 {
		return n.anc.child[0].ident
	}
	return ""
}

func structName(n *node) string {
	if n.anc.kind == typeSpec {
		return n.anc.child[0].ident
	}
	return ""
}

// fieldName returns an implicit struct field name according to node kind.
func fieldName(n *node) string {
	switch n.kind {
	case selectorExpr:
		return fieldName(n.child[1])
	case starExpr:
		return fieldName(n.child[0])
	case indexExpr, indexListExpr: // gonotes patch (s8 jsongen): Store[K, V] embedded
		return fieldName(n.child[0])
	case identExpr:
		return n.ident
	default:
		return ""
	}
}

var zeroValues [maxT]reflect.Value

func init() {
	zeroValues[boolT] = reflect.ValueOf(false)
	zeroValues[complex64T] = reflect.ValueOf(complex64(0))
	zeroValues[complex128T] = reflect.ValueOf(complex128(0))
	zeroValues[errorT] = reflect.ValueOf(new(error)).Elem()
	zeroValues[float32T] = reflect.ValueOf(float32(0))
	zeroValues[float64T] = reflect.ValueOf(float64(0))
	zeroValues[intT] = reflect.ValueOf(int(0))
	zeroValues[int8T] = reflect.ValueOf(int8(0))
	zeroValues[int16T] = reflect.ValueOf(int16(0))
	zeroValues[int32T] = reflect.ValueOf(int32(0))
	zeroValues[int64T] = reflect.ValueOf(int64(0))
	zeroValues[stringT] = reflect.ValueOf("")
	zeroValues[uintT] = reflect.ValueOf(uint(0))
	zeroValues[uint8T] = reflect.ValueOf(uint8(0))
	zeroValues[uint16T] = reflect.ValueOf(uint16(0))
	zeroValues[uint32T] = reflect.ValueOf(uint32(0))
	zeroValues[uint64T] = reflect.ValueOf(uint64(0))
	zeroValues[uintptrT] = reflect.ValueOf(uintptr(0))
}

// Finalize returns a type pointer and error. It reparses a type from the
// partial AST if necessary (after missing dependecy data is available).
// If error is nil, the type is guarranteed to be completely defined and
// usable for CFG.
func (t *itype) finalize() (*itype, error) {
	var err error
	if r := placeholderType(t); r != t && !t.incomplete { // gonotes patch (s13-goroot9): a placeholder finalized before
		return r, nil
	}
	resolveLinked(t, 0) // gonotes patch (s13-goroot9)
	if t.incomplete {
		sym, _, found := t.scope.lookup(t.name)
		if found && !sym.typ.incomplete {
			sym.typ.method = append(sym.typ.method, t.method...)
			t.method = sym.typ.method
			t.incomplete = false
			return sym.typ, nil
		}
		m := t.method
		if t, err = nodeType(t.node.interp, t.scope, t.node); err != nil {
			return nil, err
		}
		if t.incomplete {
			return nil, t.node.cfgErrorf("incomplete type %s", t.name)
		}
		t.method = m
		t.node.typ = t
		if sym != nil {
			sym.typ = t
		}
	}
	return t, err
}

func (t *itype) addMethod(n *node) {
	for i, m := range t.method {
		if m == n {
			return
		}
		if n.ident != "" && m.ident == n.ident && m.kind == funcDecl && n.kind == funcDecl {
			// gonotes patch: a method declared again (a notebook cell run
			// again) replaces the earlier one instead of being ignored.
			t.method[i] = n
			return
		}
	}
	t.method = append(t.method, n)
}

// reusable reports whether the type symbol found for a type declaration n
// may be completed in place (gonotes patch): a placeholder made by a forward
// or recursive reference, or the type of this same declaration, but not the
// complete type of an earlier declaration of the name (a notebook cell that
// declares the type again), which must get a new type.
//
// gonotes patch (s16-fuzz16): nor a predeclared type (whose type has no
// node): `type byte int` in a func was the universe's byte (uint8), and
// `type rune struct{ r int32 }` made the universe's rune itself a struct
// type, for the rest of the session.
func reusable(sym *symbol, n *node) bool {
	t := sym.typ
	if t != nil && t.node == nil && n != nil && n.interp != nil && n.interp.universe != nil {
		for _, u := range n.interp.universe.sym {
			if u == sym {
				return false
			}
		}
	}
	return t == nil || t.incomplete || t.node == nil || t.node == n ||
		n.anc != nil && n.anc.kind == typeSpec && t.node == n.anc.child[0]
}

func (t *itype) numIn() int {
	switch t.cat {
	case funcT:
		return len(t.arg)
	case valueT:
		if t.rtype.Kind() != reflect.Func {
			return 0
		}
		in := t.rtype.NumIn()
		if t.recv != nil {
			in--
		}
		return in
	}
	return 0
}

func (t *itype) in(i int) *itype {
	switch t.cat {
	case funcT:
		return t.arg[i]
	case valueT:
		if t.rtype.Kind() == reflect.Func {
			if t.recv != nil && !isInterface(t.recv) {
				i++
			}
			if t.rtype.IsVariadic() && i == t.rtype.NumIn()-1 {
				val := valueTOf(t.rtype.In(i).Elem())
				return &itype{cat: variadicT, val: val, str: "..." + val.str}
			}
			return valueTOf(t.rtype.In(i))
		}
	}
	return nil
}

func (t *itype) numOut() int {
	switch t.cat {
	case funcT:
		return len(t.ret)
	case valueT:
		if t.rtype.Kind() == reflect.Func {
			return t.rtype.NumOut()
		}
	case builtinT:
		switch t.name {
		case "append", "cap", "complex", "copy", "imag", "len", "make", "new", "real", "recover", "unsafe.Alignof", "unsafe.Offsetof", "unsafe.Sizeof",
			bltnMin, bltnMax, // gonotes patch: min, max
			bltnAdd, bltnSlice, bltnSliceData, bltnString, bltnStringData: // gonotes patch: unsafe.go
			return 1
		}
	}
	return 0
}

func (t *itype) out(i int) *itype {
	switch t.cat {
	case funcT:
		return t.ret[i]
	case valueT:
		if t.rtype.Kind() == reflect.Func {
			return valueTOf(t.rtype.Out(i))
		}
	}
	return nil
}

func (t *itype) concrete() *itype {
	if isInterface(t) && t.val != nil {
		return t.val.concrete()
	}
	return t
}

func (t *itype) underlying() *itype {
	if t.cat == linkedT {
		return t.val.underlying()
	}
	return t
}

// definedVsNamed reports whether d is a defined type of interpreted code
// (type Celsius int) other than an interface type, and n a predeclared
// type (int, string) or a named type of a compiled package
// (time.Duration) other than an interface type, but not a valueT of a
// predeclared reflect type (the interpreter makes those from reflect
// types, which a defined type shares): both are named types,
// not identical, so neither is assignable to the other (the reflect type
// of d is often n's, which reflect's AssignableTo accepts). gonotes patch
// (s13-misc): var u int = t, with t a Celsius, was accepted.
func definedVsNamed(d, n *itype) bool {
	if d == nil || n == nil || d.untyped || n.untyped || d.cat != linkedT || d.name == "" || d.val == nil || isInterfaceSrc(d) {
		return false
	}
	switch n.cat {
	case intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT,
		float32T, float64T, complex64T, complex128T, stringT:
		return isNamedBasic(n)
	case valueT:
		rt := n.rtype
		return rt != nil && rt.Name() != "" && rt.PkgPath() != "" && rt.Kind() != reflect.Interface // a predeclared reflect type (int) seen as a valueT may stand for a defined type
	}
	return false
}

// constraintUseError returns Go's error for a variable declared (by the
// type expression n) of t, an interface type with type terms (type Number
// interface{ ~int | ~float64 }) or comparable, which only constrain type
// parameters; else nil. gonotes patch (s14-typeident): var n Number was
// accepted.
func constraintUseError(n *node, t *itype) error {
	if n == nil || t == nil {
		return nil
	}
	// gonotes patch (s18-errwords18): the element of a composite type
	// (var xs []Num) too.
	for i := 0; i < 8 && t.val != nil && (t.cat == sliceT || t.cat == arrayT || t.cat == ptrT || t.cat == chanT || t.cat == mapT); i++ {
		if t.cat == mapT && t.key != nil && (t.key.cat == comparableT || t.key.cat == interfaceT && (len(t.key.constraint) > 0 || len(t.key.ulconstraint) > 0)) {
			t = t.key
			break
		}
		t = t.val
	}
	switch {
	case t.cat == comparableT:
		return n.cfgErrorf("cannot use type comparable outside a type constraint: interface is (or embeds) comparable")
	case t.cat == interfaceT && (len(t.constraint) > 0 || len(t.ulconstraint) > 0):
		return n.cfgErrorf("cannot use type %s outside a type constraint: interface contains type constraints", n.gcTypeStr(t)) // gonotes patch (s16-errwords): gcTypeStr
	}
	return nil
}

// dupMethodError returns Go's "duplicate method M" for the declaration n
// of an interface type (dupIfaceMethod), else nil. gonotes patch
// (s14-typeident).
func dupMethodError(n *node) error {
	if n.typ == nil || n.typ.cat != interfaceT || n.typ.incomplete {
		return nil
	}
	if name := dupIfaceMethod(n.typ.field); name != "" {
		return n.cfgErrorf("duplicate method %s", name)
	}
	return nil
}

// dupMethodErr is Go's error for a method an interface type literal
// declares twice: an error of the program, which no later pass over a
// declaration that uses the literal can resolve (isDupMethodError).
// gonotes patch (s15-noticeda).
type dupMethodErr struct{ name string }

func (e dupMethodErr) Error() string { return "duplicate method " + e.name }

// isDupMethodError reports whether err is, or wraps, a dupMethodErr.
func isDupMethodError(err error) bool {
	var d dupMethodErr
	if ce, ok := err.(*cfgError); ok {
		err = ce.error
	}
	var t typeTermErr // gonotes patch (s19-errwords19)
	return errors.As(err, &d) || errors.As(err, &t)
}

// typeTermErr is an error of a union's term (invalid use of ~,
// overlapping terms): like a duplicate method, a type declaration that
// has it is not one to come back to when more types are known. gonotes
// patch (s19-errwords19).
type typeTermErr struct{ msg string }

func (e typeTermErr) Error() string { return e.msg }

// termErrorf returns the typeTermErr at n of the message format. gonotes
// patch (s19-errwords19).
func termErrorf(n *node, format string, a ...any) error {
	return n.cfgErrorf("%w", typeTermErr{fmt.Sprintf(format, a...)})
}

// dupOwnMethod returns the name of a method that the fields of an
// interface type declare twice, or "". gonotes patch (s15-noticeda).
func dupOwnMethod(fields []structField) string {
	own := map[string]bool{}
	for _, f := range fields {
		if f.embed {
			continue
		}
		if own[f.name] {
			return f.name
		}
		own[f.name] = true
	}
	return ""
}

// embedsIface reports whether the fields of an interface type embed an
// interface. gonotes patch (s15-noticeda).
func embedsIface(fields []structField) bool {
	for _, f := range fields {
		if f.embed && embeddedIface(f.typ) {
			return true
		}
	}
	return false
}

// embeddedIface reports whether t, the type of an embedded element of an
// interface type, is an interface type, from its category only: the
// reflect type of a type term (*T, T a type parameter) must not be made
// here. gonotes patch (s15-noticeda).
func embeddedIface(t *itype) bool {
	if t == nil {
		return false
	}
	return isInterfaceSrc(t) || t.cat == valueT && t.rtype != nil && t.rtype.Kind() == reflect.Interface
}

// mergedIfaceMethods returns the fields of an interface type without its
// own methods that an embedded interface has with the same signature
// (interface{ io.Reader; Read([]byte) (int, error) }): Go's method set has
// the method once; the interpreter called the own one with the results of
// neither (n, err := r.Read(buf) gave n 0). It returns the name of an own
// method that an embedded interface has with another signature (Go's
// "duplicate method M"), or "". Only the own methods of a name an embedded
// interface has are looked at: making the reflect type of a signature
// that names a type being declared (Act(w *World)) breaks that type.
// gonotes patch (s15-noticeda).
func mergedIfaceMethods(fields []structField) ([]structField, string) {
	embedded := map[string]string{}
	for _, f := range fields {
		if f.typ == nil || f.embed && !embeddedIface(f.typ) || hasTypeParam(f.typ, 0) {
			return fields, "" // a type term (*T): a constraint
		}
		if f.embed && isInterfaceSrc(f.typ) && ifaceMethodsUseTypeParam(f.typ, 0) {
			return fields, ""
		}
	}
	for _, f := range fields {
		if !f.embed {
			continue
		}
		for name, sig := range f.typ.methods() {
			if s, ok := embedded[name]; ok && s != sig {
				return fields, name // two embedded interfaces, two signatures
			}
			embedded[name] = sig
		}
	}
	if len(embedded) == 0 {
		return fields, ""
	}
	drop := map[int]bool{}
	for i, f := range fields {
		if f.embed {
			continue
		}
		if sig, ok := embedded[f.name]; ok {
			if sig != f.typ.TypeOf().String() {
				return fields, f.name
			}
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return fields, ""
	}
	out := make([]structField, 0, len(fields)-len(drop))
	for i, f := range fields {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out, ""
}

// dupIfaceMethod returns the name of a method an interface type of the
// fields declares twice, or has with two signatures from the interfaces it
// embeds, or from one and its own declaration: Go's "duplicate method M";
// else "". Methods of the same signature from embedded interfaces are one
// (interface{ io.ReadCloser; io.ReadWriter }). gonotes patch
// (s14-typeident): interface{ A; B } with A's M() int and B's M() string
// was accepted.
func dupIfaceMethod(fields []structField) string {
	for _, f := range fields {
		if f.typ == nil || hasTypeParam(f.typ, 0) || f.embed && isInterfaceSrc(f.typ) && ifaceMethodsUseTypeParam(f.typ, 0) {
			return ""
		}
	}
	own := map[string]bool{}
	sigs := map[string]string{}
	for _, f := range fields {
		if f.embed {
			continue
		}
		if own[f.name] {
			return f.name
		}
		own[f.name] = true
		sigs[f.name] = f.typ.TypeOf().String()
	}
	for _, f := range fields {
		if !f.embed || !isInterface(f.typ) {
			continue
		}
		for name, sig := range f.typ.methods() {
			if s, ok := sigs[name]; ok && s != sig {
				return name
			}
			sigs[name] = sig
		}
	}
	return ""
}

// definedComposite reports whether t is a defined type of interpreted code
// whose underlying type is a composite type literal other than a func
// (type Ints []int): the interpreter gives it the category of its
// underlying type, with a name. Two of them are assignable only if they
// are identical: reflect's AssignableTo accepted a Nums for an Ints, both
// []int. gonotes patch (s14-typeident).
func definedComposite(t *itype) bool {
	if t == nil || t.name == "" || t.untyped || t.path == "" && t.name == "error" {
		return false
	}
	switch t.cat {
	case arrayT, chanT, mapT, ptrT, sliceT, structT:
		return true
	case funcT:
		// gonotes patch (s19-errwords19): a defined func type of the
		// source (type Handler func(string) int) is not another's.
		return t.node != nil && t.node.anc != nil && t.node.anc.kind == typeSpec
	}
	return false
}

// unnamedComposite reports whether t is a slice, array, map, channel or
// pointer type literal (no name), whose identity is its id (the
// interpreter's string of the type, made from its elements'). gonotes
// patch (s14-typeident).
func unnamedComposite(t *itype) bool {
	if t == nil || t.name != "" || t.untyped || t.incomplete || t.val != nil && t.val.untyped || t.key != nil && t.key.untyped {
		// (new(3) has the type *untyped int, a *int.)
		return false
	}
	switch t.cat {
	case arrayT, chanT, chanRecvT, chanSendT, mapT, ptrT, sliceT:
		return true
	}
	return false
}

// liveID returns the id of t made again from its elements' for an unnamed
// slice, array, map, channel or pointer type: the string of such a type
// made while the named type of an element was being declared is that of
// its placeholder (a field []*Tree[T] of a generic Tree: "[]*struct {}").
// gonotes patch (s14-typeident).
func liveID(t *itype, depth int) string {
	if t == nil {
		return ""
	}
	if t.name != "" || depth > 16 {
		return t.id()
	}
	switch t.cat {
	case sliceT:
		return "[]" + liveID(t.val, depth+1)
	case arrayT:
		return "[" + strconv.Itoa(t.length) + "]" + liveID(t.val, depth+1)
	case ptrT:
		return "*" + liveID(t.val, depth+1)
	case chanT:
		return "chan " + liveID(t.val, depth+1)
	case chanRecvT:
		return "<-chan " + liveID(t.val, depth+1)
	case chanSendT:
		return "chan<- " + liveID(t.val, depth+1)
	case mapT:
		return "map[" + liveID(t.key, depth+1) + "]" + liveID(t.val, depth+1)
	case variadicT:
		return "..." + liveID(t.val, depth+1)
	case funcT:
		if t.selfFunc {
			return t.id()
		}
		var b strings.Builder
		b.WriteString("func(")
		for i, a := range t.arg {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(liveID(a, depth+1))
		}
		b.WriteString(") (")
		for i, r := range t.ret {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(liveID(r, depth+1))
		}
		b.WriteString(")")
		return b.String()
	case structT:
		var b strings.Builder
		b.WriteString("struct {")
		for _, f := range t.field {
			if !f.embed {
				b.WriteString(" " + f.name)
			}
			b.WriteString(" " + liveID(f.typ, depth+1) + " " + strconv.Quote(f.tag) + ";")
		}
		b.WriteString(" }")
		return b.String()
	}
	return t.id()
}

// isNamedBasic reports whether t is a predeclared type of a basic kind
// other than bool (int, string). gonotes patch (s13-misc).
func isNamedBasic(t *itype) bool {
	switch t.cat {
	case intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT,
		float32T, float64T, complex64T, complex128T, stringT:
		return t.name != "" && !t.untyped
	}
	return false
}

// typeDefined returns true if type t1 is defined from type t2 or t2 from t1.
func typeDefined(t1, t2 *itype) bool {
	if t1.cat == linkedT && t1.val == t2 {
		return true
	}
	if t2.cat == linkedT && t2.val == t1 {
		return true
	}
	return false
}

// isVariadic returns true if the function type is variadic.
// If the type is not a function or is not variadic, it will
// return false.
func (t *itype) isVariadic() bool {
	switch t.cat {
	case funcT:
		return len(t.arg) > 0 && t.arg[len(t.arg)-1].cat == variadicT
	case valueT:
		if t.rtype.Kind() == reflect.Func {
			return t.rtype.IsVariadic()
		}
	}
	return false
}

// isComplete returns true if type definition is complete.
func (t *itype) isComplete() bool { return isComplete(t, map[string]bool{}) }

func isComplete(t *itype, visited map[string]bool) bool {
	if t.incomplete {
		return false
	}
	name := t.path + "/" + t.name + t.local // gonotes patch (s12-goroot): local
	if visited[name] {
		return true
	}
	if t.name != "" {
		visited[name] = true
	}
	switch t.cat {
	case linkedT:
		if t.val != nil && t.val.cat != nilT {
			// A type aliased to a partially defined type is considered complete, to allow recursivity.
			return true
		}
		fallthrough
	case arrayT, chanT, chanRecvT, chanSendT, ptrT, sliceT, variadicT:
		return isComplete(t.val, visited)
	case funcT:
		complete := true
		for _, a := range t.arg {
			complete = complete && isComplete(a, visited)
		}
		for _, a := range t.ret {
			complete = complete && isComplete(a, visited)
		}
		return complete
	case interfaceT, structT:
		complete := true
		for _, f := range t.field {
			// Field implicit type names must be marked as visited, to break false circles.
			visited[f.typ.path+"/"+f.typ.name+f.typ.local] = true
			complete = complete && isComplete(f.typ, visited)
		}
		return complete
	case mapT:
		return isComplete(t.key, visited) && isComplete(t.val, visited)
	case nilT:
		return false
	}
	return true
}

// comparable returns true if the type is comparable.
func (t *itype) comparable() bool {
	typ := t.TypeOf()
	return t.cat == nilT || typ != nil && typ.Comparable()
}

func (t *itype) assignableTo(o *itype) bool {
	if t != nil && o != nil && !t.untyped && !t.incomplete && !o.incomplete && t.cat != nilT && isInterface(t) && !isInterface(o) && o.cat != nilT && o.cat != genericT {
		// gonotes patch (s14-typeident): a value of an interface type is
		// not assignable to a non-interface type (var y int = x, x an any,
		// needs a type assertion): equals takes an interface type as
		// equal to a type that implements it.
		return false
	}
	if t.equals(o) {
		return true
	}

	if t.cat == linkedT && o.cat == linkedT && (t.underlying().id() != o.underlying().id() || !typeDefined(t, o)) {
		return false
	}

	if t.isNil() && o.hasNil() || o.isNil() && t.hasNil() {
		return true
	}

	if definedVsNamed(t, o) || definedVsNamed(o, t) { // gonotes patch (s13-misc)
		return false
	}

	if definedComposite(t) && definedComposite(o) && !sameID(t.id(), o.id()) { // gonotes patch (s14-typeident)
		return false
	}

	// gonotes patch (s14-typeident): two unnamed composite types are
	// assignable only if identical: []ID is not a []int, func(ID) ID is
	// not a func(int) int, though their reflect types are one.
	if unnamedComposite(t) && unnamedComposite(o) && t.cat == o.cat && !sameID(t.id(), o.id()) && !sameID(liveID(t, 0), liveID(o, 0)) {
		return false
	}
	if t.cat == funcT && o.cat == funcT && t.name == "" && o.name == "" && !t.selfFunc && !o.selfFunc &&
		!hasTypeParam(t, 0) && !hasTypeParam(o, 0) && !sameSignature(t, o) && !sameID(liveID(t, 0), liveID(o, 0)) {
		return false
	}

	if t.cat == funcT && o.cat == funcT && (t.selfFunc || o.selfFunc) { // gonotes patch: recursive func types
		return (t.name == "" || o.name == "") && sameSignature(t, o)
	}

	if t.TypeOf().AssignableTo(o.TypeOf()) {
		return true
	}

	if isInterface(o) && t.implements(o) {
		return true
	}

	if t.cat == sliceT && o.cat == sliceT {
		return t.val.assignableTo(o.val)
	}

	// gonotes patch (s9-embed2): a pointer type and a defined pointer type
	// of the same element (*P and P with type P *P, *int and type Q *int).
	if t.cat == ptrT && o.cat == ptrT && (t.name == "" || o.name == "") && t.val != nil && o.val != nil && (t.val == o.val || t.val.equals(o.val)) {
		return true
	}

	if t.isBinMethod && isFunc(o) {
		// TODO (marc): check that t without receiver as first parameter is equivalent to o.
		return true
	}

	if t.untyped && isNumber(t.TypeOf()) && isNumber(o.TypeOf()) {
		// Assignability depends on constant numeric value (overflow check), to be tested elsewhere.
		return true
	}

	n := t.node
	if n == nil || !n.rval.IsValid() {
		return false
	}
	con, ok := n.rval.Interface().(constant.Value)
	if !ok {
		return false
	}
	if con == nil || !isConstType(o) {
		return false
	}
	return representableConst(con, o.TypeOf())
}

// convertibleTo returns true if t is convertible to o.
func (t *itype) convertibleTo(o *itype) bool {
	if t.assignableTo(o) {
		return true
	}

	if t.cat == funcT && o.cat == funcT && (t.selfFunc || o.selfFunc) { // gonotes patch: recursive func types
		return sameSignature(t, o)
	}

	// unsafe checks
	tt, ot := t.TypeOf(), o.TypeOf()
	if (tt.Kind() == reflect.Ptr || tt.Kind() == reflect.Uintptr) && ot.Kind() == reflect.UnsafePointer {
		return true
	}
	if tt.Kind() == reflect.UnsafePointer && (ot.Kind() == reflect.Ptr || ot.Kind() == reflect.Uintptr) {
		return true
	}

	return t.TypeOf().ConvertibleTo(o.TypeOf())
}

// ordered returns true if the type is ordered.
func (t *itype) ordered() bool {
	typ := t.TypeOf()
	return isInt(typ) || isFloat(typ) || isString(typ)
}

// equals returns true if the given type is identical to the receiver one.
func (t *itype) equals(o *itype) bool {
	switch ti, oi := isInterface(t), isInterface(o); {
	case ti && oi:
		return t.methods().equals(o.methods())
	case ti && !oi:
		return o.methods().contains(t.methods())
	case oi && !ti:
		return t.methods().contains(o.methods())
	default:
		return t.id() == o.id()
	}
}

// matchDefault returns true if the receiver default type is the same as the given one.
func (t *itype) matchDefault(o *itype) bool {
	return t.untyped && t.id() == "untyped "+o.id()
}

// MethodSet defines the set of methods signatures as strings, indexed per method name.
type methodSet map[string]string

// Contains returns true if the method set m contains the method set n.
// gonotes patch (s9-methods): and with the same signatures (sameMethodSig).
func (m methodSet) contains(n methodSet) bool {
	for k, s1 := range n {
		s0, ok := m[k]
		if !ok || !sameMethodSig(s0, s1) {
			return false
		}
	}
	return true
}

// sameMethodSig reports whether the method signatures s0 and s1 of a
// method set are the same. A method set has its signatures without
// receiver (binMethodSigOf), so they are compared as they are: a type with
// M(int) does not implement an interface with M(). gonotes patch
// (s9-methods; s14-typeident: exact, the receiver was stripped here from
// any signature, and one that could not be parsed matched any).
func sameMethodSig(s0, s1 string) bool {
	return s0 == s1
}

// binMethodSigOf returns the signature of the method m of the compiled
// type rt as a method set has it, without a receiver: reflect gives a
// method of a non-interface type with its receiver as first argument.
// gonotes patch (s14-typeident).
func binMethodSigOf(rt reflect.Type, m reflect.Method) string {
	mt := m.Type
	if rt.Kind() == reflect.Interface || mt.NumIn() == 0 {
		return mt.String()
	}
	in := make([]reflect.Type, mt.NumIn()-1)
	for i := range in {
		in[i] = mt.In(i + 1)
	}
	out := make([]reflect.Type, mt.NumOut())
	for i := range out {
		out[i] = mt.Out(i)
	}
	return reflect.FuncOf(in, out, mt.IsVariadic()).String()
}

// Equal returns true if the method set m is equal to the method set n.
func (m methodSet) equals(n methodSet) bool {
	return m.contains(n) && n.contains(m)
}

// Methods returns a map of method type strings, indexed by method names.
func (t *itype) methods() methodSet { return t.methodSet(false, false) }

// methodSet returns the method set of t, as methods, or with viaPtr of
// what a pointer to t (or t, a pointer) has; with keepAmbiguous, with the
// names that are ambiguous (ambiguousSig) in it. gonotes patch (s12-public7).
func (t *itype) methodSet(viaPtr, keepAmbiguous bool) methodSet {
	seen := map[*itype]bool{}
	// gonotes patch: viaPtr, the method set of a pointer; underlying, typ is
	// the type a defined type is defined from (type D T): D does not get
	// the methods declared on T, only the promoted and interface ones.
	// gonotes patch (s9-methods): depth, the depth of each method (0: of
	// typ itself; a method promoted from an embedded field is one deeper
	// than in the field's type): a name found at the smallest depth in two
	// embedded fields is ambiguous, not in the set (ambiguousSig), and
	// hides the name deeper.
	var getMethods func(typ *itype, viaPtr, underlying bool) (methodSet, map[string]int)

	getMethods = func(typ *itype, viaPtr, underlying bool) (methodSet, map[string]int) {
		res := make(methodSet)
		depth := map[string]int{}

		if seen[typ] {
			// Stop the recursion, we have seen this type.
			return res, depth
		}
		seen[typ] = true
		// gonotes patch (s9-methods): seen on the current path only (a
		// cycle), so that a type embedded twice at one depth (a diamond)
		// is ambiguous.
		defer delete(seen, typ)

		switch typ.cat {
		case linkedT:
			return getMethodsOwn(typ, getMethods, viaPtr, underlying)
		case interfaceT:
			// Get methods from recursive analysis of interface fields.
			for _, f := range typ.field {
				if f.typ.cat == funcT {
					res[f.name] = srcMethodSig(f.typ) // gonotes patch (s17-fuzz17)
				} else {
					sub, _ := getMethods(f.typ, true, false) // gonotes patch
					for k, v := range sub {
						res[k] = v
					}
				}
			}
		case valueT, errorT:
			// Get method from corresponding reflect.Type.
			rt := typ.TypeOf()
			if viaPtr && rt != nil && rt.Kind() != reflect.Ptr && rt.Kind() != reflect.Interface {
				// gonotes patch: a compiled type embedded by value in a
				// struct reached through a pointer (*S, S embedding
				// bytes.Buffer) promotes the methods of *T too.
				rt = reflect.PointerTo(rt)
			}
			for i := rt.NumMethod() - 1; i >= 0; i-- {
				m := rt.Method(i)
				res[m.Name] = binMethodSigOf(rt, m) // gonotes patch (s14-typeident): without receiver
			}
		case ptrT:
			if typ.name != "" {
				// gonotes patch (s18-fuzz18): a defined pointer type (type
				// P *T) has an empty method set: P is not *T, and neither
				// T's nor *T's methods are P's (an assertion of a P to an
				// interface of T's methods succeeded).
				return res, depth
			}
			if typ.val != nil && (isInterfaceSrc(typ.val) || typ.val.cat == errorT || typ.val.cat == valueT && typ.val.rtype != nil && typ.val.rtype.Kind() == reflect.Interface) {
				// gonotes patch (s17-public17): a pointer to an interface
				// has no methods (*error is no error): its elem's methods
				// made fmt wrap a *error as an error ("%T" of &err printed
				// interp._error, or panicked on a nil err).
				return res, depth
			}
			if typ.val.cat == valueT {
				// Ptr receiver methods need to be found with the ptr type.
				typ.TypeOf() // Ensure the rtype exists.
				for i := typ.rtype.NumMethod() - 1; i >= 0; i-- {
					m := typ.rtype.Method(i)
					res[m.Name] = binMethodSigOf(typ.rtype, m) // gonotes patch (s14-typeident)
				}
			}
			sub, subDepth := getMethods(typ.val, true, false) // gonotes patch
			for k, v := range sub {
				res[k] = v
				depth[k] = subDepth[k]
			}
		case structT:
			count := map[string]int{}
			for _, f := range typ.field {
				if !f.embed {
					continue
				}
				sub, subDepth := getMethods(f.typ, viaPtr, false) // gonotes patch
				if !viaPtr {
					// gonotes patch (s13-public8): a method of the field's
					// pointer type only is not in the value's method set,
					// but its name is a selector at its depth: it makes
					// one of another field at that depth ambiguous and
					// hides deeper ones (hiddenSig).
					psub, pdepth := getMethods(f.typ, true, false)
					for k, v := range psub {
						if _, ok := sub[k]; !ok && v != ambiguousSig {
							sub[k], subDepth[k] = hiddenSig, pdepth[k]
						}
					}
				}
				for k, v := range sub {
					d := subDepth[k] + 1
					if od, ok := depth[k]; ok && od < d {
						continue
					} else if ok && od == d {
						count[k]++
						continue
					}
					res[k], depth[k], count[k] = v, d, 1
				}
			}
			for k, n := range count {
				if n > 1 {
					res[k] = ambiguousSig
				}
			}
			// gonotes patch (s15-public10a): a field of the struct hides a
			// method of that name promoted from an embedded field.
			for _, f := range typ.field {
				if _, ok := res[f.name]; ok {
					res[f.name], depth[f.name] = hiddenSig, 0
				}
			}
		}
		// Get all methods defined on this type.
		if underlying { // gonotes patch: not inherited by a defined type
			return res, depth
		}
		for _, m := range typ.method {
			if !viaPtr && ptrRecvMethod(m) { // gonotes patch: not in the method set of a value
				// gonotes patch (s14-typeident): but it hides a method
				// of the same name promoted from an embedded field.
				if typ.cat != ptrT {
					res[m.ident], depth[m.ident] = hiddenSig, 0
				}
				continue
			}
			res[m.ident] = srcMethodSig(m.typ) // gonotes patch (s17-fuzz17)
			depth[m.ident] = 0
		}
		return res, depth
	}

	res, _ := getMethods(t, viaPtr, false) // gonotes patch
	for k, v := range res {
		if v == hiddenSig || v == ambiguousSig && !keepAmbiguous {
			delete(res, k)
		}
	}
	return res
}

// hiddenSig is the signature, while a method set is made, of a method
// name that is a selector of the type but not in its method set: a
// pointer-receiver method of an embedded field seen from a value. It
// makes one of the same name and depth ambiguous, and hides one promoted
// from deeper, as Go's selector rules do. gonotes patch (s13-public8).
const hiddenSig = "\x00hidden"

// ambiguousMethod reports whether name is a method promoted at the same
// smallest depth from two embedded fields of t (or of what t points to): a
// selector x.name is then an error. gonotes patch (s12-public7).
func (t *itype) ambiguousMethod(name string) bool {
	return t.methodSet(true, true)[name] == ambiguousSig
}

// ambiguousSig is the signature of an ambiguous promoted method while a
// method set is made (itype.methods). gonotes patch (s9-methods).
const ambiguousSig = "\x00ambiguous"

// getMethodsOwn is the linkedT case of itype.methods: the methods of the
// type typ is defined from (not those declared on it), then its own.
func getMethodsOwn(typ *itype, get func(*itype, bool, bool) (methodSet, map[string]int), viaPtr, underlying bool) (methodSet, map[string]int) {
	res, depth := get(typ.val, viaPtr, true) // gonotes patch: underlying
	if underlying {
		return res, depth
	}
	for _, m := range typ.method {
		if !viaPtr && ptrRecvMethod(m) {
			if typ.cat != ptrT {
				res[m.ident], depth[m.ident] = hiddenSig, 0 // gonotes patch (s14-typeident): hides a promoted method
			}
			continue
		}
		res[m.ident] = srcMethodSig(m.typ) // gonotes patch (s17-fuzz17)
		depth[m.ident] = 0
	}
	return res, depth
}

// id returns a unique type identificator string.
func (t *itype) id() (res string) {
	// Prefer the wrapped type string over the rtype string.
	if t.cat == valueT && t.val != nil {
		return t.val.str
	}
	if t.cat == ptrT && t.val != nil && t.val.val == t.val && t.val != t {
		if v := selfCopyOf(t); v != nil { // gonotes patch (s9-embed2): a copy of type P *P
			return v.str
		}
	}
	return t.str
}

// fixPossibleConstType returns the input type if it not a constant value,
// otherwise, it returns the default Go type corresponding to the
// constant.Value.
func fixPossibleConstType(t reflect.Type) (r reflect.Type) {
	cv, ok := reflect.New(t).Elem().Interface().(constant.Value)
	if !ok {
		return t
	}
	switch cv.Kind() {
	case constant.Bool:
		r = reflect.TypeOf(true)
	case constant.Int:
		r = reflect.TypeOf(0)
	case constant.String:
		r = reflect.TypeOf("")
	case constant.Float:
		r = reflect.TypeOf(float64(0))
	case constant.Complex:
		r = reflect.TypeOf(complex128(0))
	}
	return r
}

// zero instantiates and return a zero value object for the given type during execution.
func (t *itype) zero() (v reflect.Value, err error) {
	if t, err = t.finalize(); err != nil {
		return v, err
	}
	switch t.cat {
	case linkedT:
		v, err = t.val.zero()

	case arrayT, ptrT, structT, sliceT:
		v = reflect.New(t.frameType()).Elem()

	case valueT:
		v = reflect.New(t.rtype).Elem()

	default:
		v = zeroValues[t.cat]
	}
	return v, err
}

// fieldIndex returns the field index from name in a struct, or -1 if not found.
func (t *itype) fieldIndex(name string) int {
	switch t.cat {
	case linkedT, ptrT:
		return t.val.fieldIndex(name)
	}
	for i, field := range t.field {
		if name == field.name {
			return i
		}
	}
	return -1
}

// fieldSeq returns the field type from the list of field indexes.
func (t *itype) fieldSeq(seq []int) *itype {
	ft := t
	for _, i := range seq {
		if ft.cat == ptrT {
			ft = ft.val
		}
		ft = ft.field[i].typ
	}
	return ft
}

// lookupField returns a list of indices, i.e. a path to access a field in a struct object.
func (t *itype) lookupField(name string) []int {
	if isStruct(t) {
		p, _ := t.lookupStructField(name) // gonotes patch (s11-refl)
		return p
	}
	seen := map[*itype]bool{}
	var lookup func(*itype) []int
	tias := isStruct(t)

	// gonotes patch (s11-fixa): seen holds the types of the current path
	// (see lookupMethod3), and done the result of each type searched, so
	// that the search stays linear in the types (a type reached through
	// several fields is searched once).
	done := map[*itype][]int{}
	lookup = func(typ *itype) []int {
		if seen[typ] {
			return nil
		}
		if index, ok := done[typ]; ok {
			return index
		}
		seen[typ] = true
		defer delete(seen, typ)

		switch typ.cat {
		case linkedT, ptrT:
			return lookup(typ.val)
		}
		if fi := typ.fieldIndex(name); fi >= 0 {
			return []int{fi}
		}

		var index []int
		for i, f := range typ.field {
			switch f.typ.cat {
			case ptrT, structT, interfaceT, linkedT:
				if tias != isStruct(f.typ) {
					// Interface fields are not valid embedded struct fields.
					// Struct fields are not valid interface fields.
					break
				}
				// gonotes patch (s11-fixa): the shallowest field of that name.
				if index2 := lookup(f.typ); len(index2) > 0 && (index == nil || len(index2)+1 < len(index)) {
					index = append([]int{i}, index2...)
				}
			}
		}
		done[typ] = index
		return index
	}

	return lookup(t)
}

// lookupStructField returns the path to the field name of the struct type
// t as Go selects it: the shallowest one, through embedded fields only,
// and whether another field of that name is at the same depth (the
// selector is ambiguous). gonotes patch (s11-refl): the search went depth
// first through every field of a struct type, so that a deeper field of
// an embedded struct listed first hid a shallower one (struct{ A; B } with
// A embedding X{ID} and B having ID selected A.X.ID), and c.ID of two
// embedded fields of depth 1 was no error.
func (t *itype) lookupStructField(name string) ([]int, bool) {
	type entry struct {
		typ  *itype
		path []int
	}
	deref := func(x *itype) *itype {
		for k := 0; x != nil && (x.cat == linkedT || x.cat == ptrT) && k < 16; k++ {
			x = x.val
		}
		return x
	}
	level := []entry{{deref(t), nil}}
	seen := map[*itype]bool{}
	for len(level) > 0 {
		var found []int
		count := 0
		var next []entry
		for _, e := range level {
			if e.typ == nil || seen[e.typ] {
				continue
			}
			seen[e.typ] = true
			if fi := e.typ.fieldIndex(name); fi >= 0 {
				if count == 0 {
					found = append(append([]int{}, e.path...), fi)
				}
				count++
			}
			for i, f := range e.typ.field {
				if !f.embed || f.typ == nil {
					continue
				}
				if ft := deref(f.typ); ft != nil && isStruct(ft) {
					next = append(next, entry{ft, append(append([]int{}, e.path...), i)})
				}
			}
		}
		if count > 0 {
			return found, count > 1
		}
		level = next
	}
	return nil, false
}

// lookupBinField returns a structfield and a path to access an embedded binary field in a struct object.
func (t *itype) lookupBinField(name string) (s reflect.StructField, index []int, ok bool) {
	if t.cat == ptrT {
		return t.val.lookupBinField(name)
	}
	if !isStruct(t) {
		return
	}
	rt := t.TypeOf()
	for t.cat == valueT && rt.Kind() == reflect.Ptr {
		rt = rt.Elem()
	}
	if rt.Kind() != reflect.Struct {
		return
	}
	s, ok = rt.FieldByName(name)
	if !ok {
		for i, f := range t.field {
			if f.embed {
				if s2, index2, ok2 := f.typ.lookupBinField(name); ok2 {
					index = append([]int{i}, index2...)
					return s2, index, ok2
				}
			}
		}
	}
	return s, index, ok
}

// MethodCallType returns a method function type without the receiver defined.
// The input type must be a method function type with the receiver as the first input argument.
func (t *itype) methodCallType() reflect.Type {
	it := []reflect.Type{}
	ni := t.rtype.NumIn()
	for i := 1; i < ni; i++ {
		it = append(it, t.rtype.In(i))
	}
	ot := []reflect.Type{}
	no := t.rtype.NumOut()
	for i := 0; i < no; i++ {
		ot = append(ot, t.rtype.Out(i))
	}
	return reflect.FuncOf(it, ot, t.rtype.IsVariadic())
}

func (t *itype) resolveAlias() *itype {
	for t.cat == linkedT {
		t = t.val
	}
	return t
}

// GetMethod returns a pointer to the method definition.
func (t *itype) getMethod(name string) *node {
	for _, m := range t.method {
		if name == m.ident {
			return m
		}
	}
	return nil
}

// LookupMethod returns a pointer to method definition associated to type t
// and the list of indices to access the right struct field, in case of an embedded method.
func (t *itype) lookupMethod(name string) (*node, []int) {
	return t.lookupMethod2(name, nil)
}

func (t *itype) lookupMethod2(name string, seen map[*itype]bool) (*node, []int) {
	return t.lookupMethod3(name, seen, false)
}

// lookupMethod3 is lookupMethod2; underlying: t is the type a defined type
// is defined from (type D T), whose declared methods D does not have.
// gonotes patch.
func (t *itype) lookupMethod3(name string, seen map[*itype]bool, underlying bool) (*node, []int) {
	if seen == nil {
		seen = map[*itype]bool{}
	}
	if seen[t] {
		return nil, nil
	}
	seen[t] = true
	// gonotes patch (s11-fixa): seen holds the types of the current path
	// only, so that a type embedded in two fields is searched in both.
	defer delete(seen, t)
	if t.cat == ptrT {
		return t.val.lookupMethod2(name, seen)
	}
	var index []int
	var m *node
	if !underlying { // gonotes patch
		m = t.getMethod(name)
	}
	if m == nil && t.fieldIndex(name) >= 0 && t.cat != linkedT && t.cat != ptrT {
		// gonotes patch (s15-public10a): a field of t of that name hides
		// the methods of its embedded fields (struct{ Inner; Greet string }
		// has no method Greet, so it implements no interface with one).
		return nil, nil
	}
	if m == nil {
		// gonotes patch (s11-fixa): the method promoted from the shallowest
		// embedded field, not from the first field that has one deeper
		// (struct{ A; E } with A embedding E too: E's method is E's).
		for i, f := range t.field {
			if f.embed {
				if n, index2 := f.typ.lookupMethod2(name, seen); n != nil && (m == nil || len(index2)+1 < len(index)) {
					m, index = n, append([]int{i}, index2...)
				}
			}
		}
		if m != nil {
			return m, index
		}
		if t.cat == linkedT { // gonotes patch: not the declared methods of the underlying type
			return t.val.lookupMethod3(name, seen, true)
		}
		if isInterfaceSrc(t) && t.val != nil {
			return t.val.lookupMethod2(name, seen)
		}
	}
	return m, index
}

// interfaceMethod returns type of method matching an interface method name (not as a concrete method).
func (t *itype) interfaceMethod(name string) *itype {
	return t.interfaceMethod2(name, nil)
}

func (t *itype) interfaceMethod2(name string, seen map[*itype]bool) *itype {
	if seen == nil {
		seen = map[*itype]bool{}
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	if t.cat == ptrT {
		return t.val.interfaceMethod2(name, seen)
	}
	for _, f := range t.field {
		if f.name == name && isInterface(t) {
			return f.typ
		}
		if !f.embed {
			continue
		}
		if typ := f.typ.interfaceMethod2(name, seen); typ != nil {
			return typ
		}
	}
	if t.cat == linkedT || isInterfaceSrc(t) && t.val != nil {
		return t.val.interfaceMethod2(name, seen)
	}
	return nil
}

// methodDepth returns a depth greater or equal to 0, or -1 if no match.
func (t *itype) methodDepth(name string) int {
	if m, lint := t.lookupMethod(name); m != nil {
		return len(lint)
	}
	if _, lint, _, ok := t.lookupBinMethod(name); ok {
		return len(lint)
	}
	return -1
}

// LookupBinMethod returns a method and a path to access a field in a struct object (the receiver).
func (t *itype) lookupBinMethod(name string) (m reflect.Method, index []int, isPtr, ok bool) {
	return t.lookupBinMethod2(name, nil)
}

func (t *itype) lookupBinMethod2(name string, seen map[*itype]bool) (m reflect.Method, index []int, isPtr, ok bool) {
	if seen == nil {
		seen = map[*itype]bool{}
	}
	if seen[t] {
		return
	}
	seen[t] = true
	defer delete(seen, t) // gonotes patch (s11-fixa): see lookupMethod3
	if t.cat == ptrT {
		return t.val.lookupBinMethod2(name, seen)
	}
	for i, f := range t.field {
		if f.embed {
			// gonotes patch (s11-fixa): the shallowest embedded field's.
			if m2, index2, isPtr2, ok2 := f.typ.lookupBinMethod2(name, seen); ok2 && (!ok || len(index2)+1 < len(index)) {
				m, index, isPtr, ok = m2, append([]int{i}, index2...), isPtr2, ok2
			}
		}
	}
	if ok {
		return m, index, isPtr, ok
	}
	m, ok = t.TypeOf().MethodByName(name)
	if !ok {
		m, ok = reflect.PtrTo(t.TypeOf()).MethodByName(name)
		isPtr = ok
	}
	return m, index, isPtr, ok
}

func lookupFieldOrMethod(t *itype, name string) *itype {
	switch {
	case t.cat == valueT || t.cat == ptrT && t.val.cat == valueT:
		m, _, isPtr, ok := t.lookupBinMethod(name)
		if !ok {
			return nil
		}
		var recv *itype
		if t.rtype.Kind() != reflect.Interface {
			recv = t
			if isPtr && t.cat != ptrT && t.rtype.Kind() != reflect.Ptr {
				recv = ptrOf(t)
			}
		}
		return valueTOf(m.Type, withRecv(recv))
	case t.cat == interfaceT:
		seq := t.lookupField(name)
		if seq == nil {
			return nil
		}
		return t.fieldSeq(seq)
	default:
		n, _ := t.lookupMethod(name)
		if n == nil {
			// gonotes patch: a method promoted from an embedded compiled
			// type (*App, App embedding http.ServeMux, has ServeHTTP).
			if t.cat == structT || t.cat == ptrT && t.val != nil && t.val.cat == structT {
				if m, _, isPtr, ok := t.lookupBinMethod(name); ok {
					recv := t
					if isPtr && t.cat != ptrT {
						recv = ptrOf(t)
					}
					return valueTOf(m.Type, withRecv(recv))
				}
			}
			return nil
		}
		return n.typ
	}
}

// structPkgPath returns the package path given to the unexported fields of
// the reflect type of struct type t: the path of the package declaring it,
// as in Go, where the unexported fields of a struct are qualified by it.
// gonotes patch: replaces exportName, which renamed field x to Xx.
func (t *itype) structPkgPath() string {
	// An instance of a generic type is of the package that declares the
	// generic type, wherever it is instantiated (unique.Handle[string] in
	// a cell and in unique.Make are one type). gonotes patch (s9-apis).
	if o := t.origin; o != nil && o.scope != nil && o.scope.pkgID != "" {
		return o.scope.pkgID
	}
	if t.scope != nil && t.scope.pkgID != "" {
		return t.scope.pkgID
	}
	if t.path != "" {
		return t.path
	}
	return "main"
}

var (
	// TODO(mpl): generators.
	emptyInterfaceType = reflect.TypeOf((*interface{})(nil)).Elem()
	valueInterfaceType = reflect.TypeOf((*valueInterface)(nil)).Elem()
	constVal           = reflect.TypeOf((*constant.Value)(nil)).Elem()
)

type refTypeContext struct {
	defined map[string]*itype

	// refs keeps track of all the places (in the same type recursion) where the
	// type name (as key) is used as a field of another (or possibly the same) struct
	// type. Each of these fields will then live as an unsafe2.dummy type until the
	// whole recursion is fully resolved, and the type is fixed.
	refs map[string][]*itype

	// When we detect for the first time that we are in a recursive type (thanks to
	// defined), we keep track of the first occurrence of the type where the recursion
	// started, so we can restart the last step that fixes all the types from the same
	// "top-level" point.
	rect       *itype
	rebuilding bool
	funcs      map[*itype]bool // gonotes patch: the func types being made (recursive func types)
	slevel     int

	// gonotes patch (s9): the names of the types the dummies of the field
	// being made stand for, and of each struct field with dummies, so
	// that a dummy is fixed with its own type when two struct types
	// refer to each other (rect is the last type met).
	dummies    []string
	fieldDummy map[dummyField][]string

	// gonotes patch (s13-goroot9): the runtime types made by cycleRType,
	// by pureCycleKey.
	cycles map[string]reflect.Type
	depth  int // the nesting of refType calls
}

// maxRefTypeDepth is the nesting of refType calls at which a type is
// refused (gonotes patch, s13-goroot9).
const maxRefTypeDepth = 10000

// dummyField is a field (by index) of a struct type being made.
type dummyField struct {
	t *itype
	i int
}

// dummyType returns the type the dummies of field i of the struct type s
// stand for: the one type they were made for if it has its reflect type
// (two struct types that refer to each other), ctx.rect otherwise.
// gonotes patch (s9).
func (c *refTypeContext) dummyType(s *itype, i int) *itype {
	names := c.fieldDummy[dummyField{s, i}]
	if len(names) == 0 {
		return c.rect
	}
	for _, n := range names[1:] {
		if n != names[0] {
			return c.rect
		}
	}
	if d := c.defined[names[0]]; d != nil && d.rtype != nil {
		return d
	}
	return c.rect
}

// Clone creates a copy of the ref type context.
func (c *refTypeContext) Clone() *refTypeContext {
	return &refTypeContext{defined: c.defined, refs: c.refs, rebuilding: c.rebuilding}
}

func (c *refTypeContext) isComplete() bool {
	for _, t := range c.defined {
		if t.rtype == nil {
			return false
		}
	}
	return true
}

func (t *itype) fixDummy(typ reflect.Type) reflect.Type {
	if typ == unsafe2.DummyType {
		return t.rtype
	}
	switch typ.Kind() {
	case reflect.Array:
		return reflect.ArrayOf(typ.Len(), t.fixDummy(typ.Elem()))
	case reflect.Chan:
		return reflect.ChanOf(typ.ChanDir(), t.fixDummy(typ.Elem()))
	case reflect.Func:
		in := make([]reflect.Type, typ.NumIn())
		for i := range in {
			in[i] = t.fixDummy(typ.In(i))
		}
		out := make([]reflect.Type, typ.NumOut())
		for i := range out {
			out[i] = t.fixDummy(typ.Out(i))
		}
		return reflect.FuncOf(in, out, typ.IsVariadic())
	case reflect.Map:
		return reflect.MapOf(t.fixDummy(typ.Key()), t.fixDummy(typ.Elem()))
	case reflect.Ptr:
		return reflect.PtrTo(t.fixDummy(typ.Elem()))
	case reflect.Slice:
		return reflect.SliceOf(t.fixDummy(typ.Elem()))
	case reflect.Struct:
		fields := make([]reflect.StructField, typ.NumField())
		for i := range fields {
			fields[i] = typ.Field(i)
			fields[i].Type = t.fixDummy(fields[i].Type)
		}
		return rtStructOf(fields) // gonotes patch (s17-embedcompiled)
	}
	return typ
}

// RefType returns a reflect.Type representation from an interpreter type.
// In simple cases, reflect types are directly mapped from the interpreter
// counterpart.
// For recursive named struct or interfaces, as reflect does not permit to
// create a recursive named struct, a dummy type is set temporarily for each recursive
// field. When done, the dummy type fields are updated with the original reflect type
// pointer using unsafe. We thus obtain a usable recursive type definition, except
// for string representation, as created reflect types are still unnamed.
func (t *itype) refType(ctx *refTypeContext) reflect.Type {
	if t.incomplete || t.cat == nilT {
		var err error
		if t, err = t.finalize(); err != nil {
			panic(err)
		}
	}
	// gonotes patch (s10-rtrip): a type already built is returned before a
	// context is made (TypeOf's, two maps) and its name concatenated.
	// gonotes patch (s13-goroot9): so is a type cycleRType made, even in a
	// rebuild (it is made once).
	if t.rtype != nil && (ctx == nil || !ctx.rebuilding || t.cycleRT) {
		return t.rtype
	}
	if ctx == nil {
		ctx = &refTypeContext{
			defined: map[string]*itype{},
			refs:    map[string][]*itype{},
		}
	}
	// gonotes patch (s13-goroot9): a type whose making recurses without
	// end (a cycle this walk does not cut) is an error of the cell, not
	// a stack overflow that ends the kernel's process.
	if ctx.depth++; ctx.depth > maxRefTypeDepth {
		panic(fmt.Sprintf("type %s: nested or defined through itself too deeply: not supported", t.id()))
	}
	defer func() { ctx.depth-- }()
	name := t.path + "/" + t.name + t.local // gonotes patch (s12-goroot): a local type is not another of its name
	if dt := ctx.defined[name]; dt != nil {
		// We get here when we are a struct field, and our type name has already been
		// seen at least once in one of our englobing structs. i.e. there's at least one
		// level of type recursion.
		if dt.rtype != nil {
			t.rtype = dt.rtype
			return dt.rtype
		}

		// The recursion has not been fully resolved yet.
		// To indicate that a rebuild is needed on the englobing struct,
		// return a dummy field type and create an empty entry.
		flds := ctx.refs[name]
		ctx.rect = dt

		// We know we are used as a field by someone, but we don't know by who
		// at this point in the code, so we just mark it as an empty *itype for now.
		// We'll complete the *itype in the caller.
		ctx.refs[name] = append(flds, (*itype)(nil))
		ctx.dummies = append(ctx.dummies, name) // gonotes patch (s9)
		return unsafe2.DummyType
	}
	if isGeneric(t) {
		return reflect.TypeOf((*generic)(nil)).Elem()
	}
	if t.val == t { // gonotes patch: type L []L
		t.rtype = selfRType(t)
		return t.rtype
	}
	if v := selfCopyOf(t); v != nil { // gonotes patch (s9-embed2): a copy of such a type
		t.rtype = v.refType(ctx)
		return t.rtype
	}
	if len(ctx.cycles) > 0 { // gonotes patch (s13-goroot9): another itype of a type cycleRType made
		if r := ctx.cycles[pureCycleKey(t)]; r != nil {
			t.rtype = r
			t.cycleRT = true
			return r
		}
	}
	if t.rtype == nil && inPureCycle(t) { // gonotes patch (s13-goroot9): type T18 *[10]T19; type T19 T18
		if o := cycleSame(t); o != nil {
			t.rtype = o.refType(ctx)
			t.cycleRT = true
			return t.rtype
		}
		if cycleCut(t) {
			return cycleRType(t, ctx)
		}
	}
	switch t.cat {
	case linkedT:
		t.rtype = t.val.refType(ctx)
	case arrayT:
		t.rtype = reflect.ArrayOf(t.length, t.val.refType(ctx))
	case sliceT, variadicT:
		t.rtype = reflect.SliceOf(t.val.refType(ctx))
	case chanT:
		t.rtype = reflect.ChanOf(reflect.BothDir, t.val.refType(ctx))
	case chanRecvT:
		t.rtype = reflect.ChanOf(reflect.RecvDir, t.val.refType(ctx))
	case chanSendT:
		t.rtype = reflect.ChanOf(reflect.SendDir, t.val.refType(ctx))
	case errorT:
		t.rtype = reflect.TypeOf(new(error)).Elem()
	case funcT:
		// gonotes patch: recursive func types. reflect cannot make a func
		// type that is its own parameter or result type: there, the
		// runtime type of a selfFunc type has interface{} (the value is
		// the func, boxed), and the calls through reflect box and unbox
		// (setArg, setResult). A func type with the same signature
		// (func(*lexer) stateFn, the type of a declared func) has the same
		// runtime type.
		if ctx.funcs[t] {
			panic(fmt.Sprintf("recursive func type %s used inside another type of its signature: not supported", t.id()))
		}
		if r := sameSelfFunc(t); r != nil {
			t.rtype = r.refType(ctx)
			break
		}
		if t.selfFunc && !ctx.rebuilding && len(ctx.funcs) == 0 && len(ctx.defined) == 0 {
			// A struct of the signature with a field of the func type
			// (type lexer struct{ state stateFn }): made first, it makes
			// the func type as a recursive struct field (the struct's
			// rebuild sets the field's type).
			if st := selfFuncStruct(t, t, map[*itype]bool{}); st != nil && st.rtype == nil {
				st.refType(nil)
				if t.rtype != nil {
					return t.rtype
				}
			}
		}
		if ctx.funcs == nil {
			ctx.funcs = map[*itype]bool{}
		}
		ctx.funcs[t] = true
		variadic := false
		in := make([]reflect.Type, len(t.arg))
		out := make([]reflect.Type, len(t.ret))
		self := func(v *itype) reflect.Type {
			if v == t {
				return emptyInterfaceType
			}
			if v.cat == variadicT && v.val == t {
				return reflect.SliceOf(emptyInterfaceType)
			}
			return v.refType(ctx)
		}
		for i, v := range t.arg {
			in[i] = self(v)
			variadic = v.cat == variadicT
		}
		for i, v := range t.ret {
			out[i] = self(v)
		}
		delete(ctx.funcs, t)
		t.rtype = reflect.FuncOf(in, out, variadic)
	case interfaceT:
		if len(t.field) == 0 {
			// empty interface, do not wrap it
			t.rtype = emptyInterfaceType
			break
		}
		t.rtype = valueInterfaceType
	case mapT:
		if isInterfaceSrc(t.key) { // gonotes patch (s9-suite2): see dynMapKey
			t.rtype = reflect.MapOf(emptyInterfaceType, t.val.refType(ctx))
			break
		}
		t.rtype = reflect.MapOf(t.key.refType(ctx), t.val.refType(ctx))
	case ptrT:
		rt := t.val.refType(ctx)
		if rt == unsafe2.DummyType && ctx.slevel > 1 {
			// We have a pointer to a recursive struct which is not yet fully computed.
			// Return it but do not yet store it in rtype, so the complete version can
			// be stored in future.
			return reflect.PtrTo(rt)
		}
		t.rtype = reflect.PtrTo(rt)
	case structT:
		if t.name != "" {
			ctx.defined[name] = t
		}
		ctx.slevel++
		var fields []reflect.StructField
		var embed []int              // gonotes patch (s17-embedcompiled)
		pkgPath := t.structPkgPath() // gonotes patch
		for fi, f := range t.field {
			prevDummies := ctx.dummies // gonotes patch (s9)
			ctx.dummies = nil
			field := reflect.StructField{
				Name: f.name, // gonotes patch: the real name, unexported ones with a PkgPath
				Type: f.typ.refType(ctx),
				Tag:  reflect.StructTag(f.tag),
			}
			if len(ctx.dummies) > 0 { // gonotes patch (s9)
				if ctx.fieldDummy == nil {
					ctx.fieldDummy = map[dummyField][]string{}
				}
				ctx.fieldDummy[dummyField{t, fi}] = ctx.dummies
			}
			ctx.dummies = append(prevDummies, ctx.dummies...)
			if !canExport(f.name) { // gonotes patch
				// reflect.StructOf cannot make an embedded field with an
				// unexported name (an anonymous field must not have a
				// PkgPath): it is a plain field of that name.
				field.PkgPath = pkgPath // gonotes patch
			} else if f.embed && (len(t.field) == 1 && !(field.Type.Kind() == reflect.Interface && field.Type.NumMethod() > 0) || embeddable(field.Type) || compiledEmbeddable(field.Type)) { // gonotes patch: StructOf rejects an embedded interface with methods; s16-fuzzmerged: a compiled struct without value methods (sync.Mutex) is embedded
				// Mark the field as embedded (anonymous) only if it is the
				// only one, to avoid a panic due to golang/go#15924 issue,
				// or if its type has no methods (interpreted struct types),
				// which reflect.StructOf handles in any position.
				field.Anonymous = true
			} else if f.embed && !isInterfaceSrc(f.typ) {
				// gonotes patch (s17-embedcompiled): a type with methods
				// beside other fields is embedded in a copy of reflect's
				// type (structOfEmbedded). Not an interface of the
				// notebook, whose runtime type is a struct
				// (valueInterface): encoders would promote its fields.
				embed = append(embed, fi)
			}
			fields = append(fields, field)
			// Find any nil type refs that indicates a rebuild is needed on this field.
			for _, flds := range ctx.refs {
				for j, fld := range flds {
					if fld == nil {
						flds[j] = t
					}
				}
			}
		}
		ctx.slevel--
		type fixStructField struct {
			name  string
			index int
		}
		fieldFix := []fixStructField{}            // Slice of field indices to fix for recursivity.
		t.rtype = structOfEmbedded(fields, embed) // gonotes patch (s17-embedcompiled)
		if ctx.isComplete() {
			for _, s := range ctx.defined {
				for i := 0; i < s.rtype.NumField(); i++ {
					f := s.rtype.Field(i)
					if strings.HasSuffix(f.Type.String(), "unsafe2.dummy") {
						unsafe2.SetFieldType(s.rtype, i, ctx.dummyType(s, i).fixDummy(s.rtype.Field(i).Type))
						if name == s.path+"/"+s.name+s.local {
							fieldFix = append(fieldFix, fixStructField{s.name, i})
						}
						continue
					}
					// gonotes patch (s20-lead): not only a func field, but
					// a map, slice, array or chan of funcs over the type
					// (handlers map[string]func(*Game, int) int): its
					// element's dummy is deeper than fixDummy reaches.
					if f.Type.Kind() != reflect.Struct && f.Type.Kind() != reflect.Ptr && strings.Contains(f.Type.String(), "unsafe2.dummy") {
						fieldFix = append(fieldFix, fixStructField{s.name, i})
					}
				}
			}
		}

		// The rtype has now been built, we can go back and rebuild
		// all the recursive types that relied on this type.
		// However, as we are keyed by type name, if two or more (recursive) fields at
		// the same depth level are of the same type, or a "variation" of the same type
		// (slice of, map of, etc), they "mask" each other, and only one
		// of them is in ctx.refs. That is why the code around here is a bit convoluted,
		// and we need both the loop above, around all the struct fields, and the loop
		// below, around the ctx.refs.
		for _, f := range ctx.refs[name] {
			for _, ff := range fieldFix {
				if ff.name == f.name {
					ftyp := f.field[ff.index].typ.refType(&refTypeContext{defined: ctx.defined, rebuilding: true})
					unsafe2.SetFieldType(f.rtype, ff.index, ftyp)
				}
			}
		}
	default:
		if z, _ := t.zero(); z.IsValid() {
			t.rtype = z.Type()
		}
	}
	return t.rtype
}

// TypeOf returns the reflection type of dynamic interpreter type t.
func (t *itype) TypeOf() reflect.Type {
	return t.refType(nil)
}

func (t *itype) frameType() (r reflect.Type) {
	var err error
	if t, err = t.finalize(); err != nil {
		panic(err)
	}
	if t.val == t { // gonotes patch: type L []L (selfRType)
		return t.TypeOf()
	}
	if v := selfCopyOf(t); v != nil { // gonotes patch (s9-embed2)
		return v.TypeOf()
	}
	if inPureCycle(t) { // gonotes patch (s13-goroot9): no interface on the way, frameType is TypeOf
		return t.TypeOf()
	}
	switch t.cat {
	case linkedT:
		r = t.val.frameType()
	case arrayT:
		r = reflect.ArrayOf(t.length, t.val.frameType())
	case sliceT, variadicT:
		r = reflect.SliceOf(t.val.frameType())
	case interfaceT:
		if len(t.field) == 0 {
			// empty interface, do not wrap it
			r = emptyInterfaceType
			break
		}
		r = valueInterfaceType
	case mapT:
		if isInterfaceSrc(t.key) { // gonotes patch (s9-suite2): see dynMapKey
			r = reflect.MapOf(emptyInterfaceType, t.val.frameType())
			break
		}
		r = reflect.MapOf(t.key.frameType(), t.val.frameType())
	case ptrT:
		r = reflect.PtrTo(t.val.frameType())
	default:
		r = t.TypeOf()
	}
	return r
}

func (t *itype) implements(it *itype) bool {
	if isBin(t) {
		// Note: in case of a valueInterfaceType, we
		// miss required data which will be available
		// later, so we optimistically return true to progress,
		// and additional checks will be hopefully performed at
		// runtime.
		if rt := it.TypeOf(); rt == valueInterfaceType {
			// gonotes patch (s20-pycompat20): a compiled concrete type
			// (a func value such as strings.ToUpper, a method value, a
			// struct) without a method of the program's interface by
			// that name does not implement it: var w W = strings.ToUpper
			// ran, gc says "does not implement W (missing method Wait)".
			// Only the names are checked; the signatures stay optimistic.
			if bt := t.TypeOf(); bt != nil && bt.Kind() != reflect.Interface && !it.incomplete {
				for name := range it.methods() {
					if _, ok := bt.MethodByName(name); !ok {
						return false
					}
				}
			}
			return true
		}
		return t.TypeOf().Implements(it.TypeOf())
	}
	return t.methods().contains(it.methods())
}

// defaultType returns the default type of an untyped type.
func (t *itype) defaultType(v reflect.Value, sc *scope) *itype {
	if !t.untyped {
		return t
	}

	typ := t
	// The default type can also be derived from a constant value.
	if v.IsValid() && v.Type().Implements(constVal) {
		switch v.Interface().(constant.Value).Kind() {
		case constant.String:
			typ = sc.getType("string")
		case constant.Bool:
			typ = sc.getType("bool")
		case constant.Int:
			switch t.cat {
			case int32T:
				typ = sc.getType("int32")
			default:
				typ = sc.getType("int")
			}
		case constant.Float:
			typ = sc.getType("float64")
		case constant.Complex:
			typ = sc.getType("complex128")
		}
	}
	if typ.untyped {
		switch t.cat {
		case stringT:
			typ = sc.getType("string")
		case boolT:
			typ = sc.getType("bool")
		case intT:
			typ = sc.getType("int")
		case float64T:
			typ = sc.getType("float64")
		case complex128T:
			typ = sc.getType("complex128")
		default:
			// gonotes patch (s17): a copy. typ is t here, which this
			// changed in place: the universe's one type of nil became
			// typed after the first conversion of a nil to an interface
			// (e = append(e, nil) of an []error), and every nil compiled
			// before it in the function was given as an interface{} nil
			// (p = append(p, nil) of a []*int panicked in reflect.Set).
			c := *t
			c.untyped = false
			typ = &c
		}
	}
	return typ
}

func (t *itype) isNil() bool { return t.cat == nilT }

func (t *itype) hasNil() bool {
	switch rt := t.TypeOf(); rt.Kind() {
	case reflect.UnsafePointer:
		return true
	case reflect.Slice, reflect.Ptr, reflect.Func, reflect.Interface, reflect.Map, reflect.Chan:
		return true
	case reflect.Struct:
		if rt == valueInterfaceType {
			return true
		}
	}
	return false
}

func (t *itype) elem() *itype {
	if t.cat == valueT {
		return valueTOf(t.rtype.Elem())
	}
	return t.val
}

func hasElem(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Ptr, reflect.Slice:
		return true
	}
	return false
}

func constToInt(c constant.Value) int {
	if constant.BitLen(c) > 64 {
		panic(fmt.Sprintf("constant %s overflows int64", c.ExactString()))
	}
	i, _ := constant.Int64Val(c)
	return int(i)
}

func constToString(v reflect.Value) string {
	c := v.Interface().(constant.Value)
	return constant.StringVal(c)
}

func wrappedType(n *node) *itype {
	if n.typ.cat != valueT {
		return nil
	}
	return n.typ.val
}

func isShiftNode(n *node) bool {
	switch n.action {
	case aShl, aShr, aShlAssign, aShrAssign:
		return true
	}
	return false
}

// chanElement returns the channel element type.
func chanElement(t *itype) *itype {
	switch t.cat {
	case linkedT:
		return chanElement(t.val)
	case chanT, chanSendT, chanRecvT:
		return t.val
	case valueT:
		return valueTOf(t.rtype.Elem(), withNode(t.node), withScope(t.scope))
	}
	return nil
}

func isBool(t *itype) bool { return t.TypeOf().Kind() == reflect.Bool }
func isChan(t *itype) bool { return t.TypeOf().Kind() == reflect.Chan }
func isFunc(t *itype) bool { return t.TypeOf().Kind() == reflect.Func }
func isMap(t *itype) bool  { return t.TypeOf().Kind() == reflect.Map }
func isPtr(t *itype) bool  { return t.TypeOf().Kind() == reflect.Ptr }

func isEmptyInterface(t *itype) bool {
	return t != nil && t.cat == interfaceT && len(t.field) == 0
}

func isGeneric(t *itype) bool {
	return t.cat == funcT && t.node != nil && len(t.node.child) > 0 && len(t.node.child[0].child) > 0
}

func isNamedFuncSrc(t *itype) bool {
	return isFuncSrc(t) && t.node != nil && t.node.anc != nil && t.node.anc.kind == funcDecl // gonotes patch: a func type may have no node (funcOf)
}

func isFuncSrc(t *itype) bool {
	return t.cat == funcT || (t.cat == linkedT && isFuncSrc(t.val))
}

func isPtrSrc(t *itype) bool {
	return t.cat == ptrT || (t.cat == linkedT && isPtrSrc(t.val))
}

func isSendChan(t *itype) bool {
	rt := t.TypeOf()
	return rt.Kind() == reflect.Chan && rt.ChanDir() == reflect.SendDir
}

func isArray(t *itype) bool {
	if t.cat == nilT {
		return false
	}
	k := t.TypeOf().Kind()
	return k == reflect.Array || k == reflect.Slice
}

func isInterfaceSrc(t *itype) bool {
	return t.cat == interfaceT || (t.cat == linkedT && isInterfaceSrc(t.val))
}

func isInterfaceBin(t *itype) bool {
	return t.cat == valueT && t.rtype.Kind() == reflect.Interface || t.cat == errorT
}

func isInterface(t *itype) bool {
	return isInterfaceSrc(t) || t.TypeOf() == valueInterfaceType || t.TypeOf() != nil && t.TypeOf().Kind() == reflect.Interface
}

func isBin(t *itype) bool {
	switch t.cat {
	case valueT:
		return true
	case linkedT, ptrT:
		if t.val == t { // gonotes patch (s9-embed2): type P *P
			return false
		}
		return isBin(t.val)
	default:
		return false
	}
}

// hasInterpMethods reports whether t, a defined type or a pointer to one,
// has methods declared in the interpreter (gonotes patch, s12).
func hasInterpMethods(t *itype) bool {
	for i := 0; t != nil && i < 8; i++ {
		switch t.cat {
		case linkedT:
			if len(t.method) > 0 {
				return true
			}
		case ptrT:
		default:
			return false
		}
		if t.val == t {
			return false
		}
		t = t.val
	}
	return false
}

func isStruct(t *itype) bool {
	// Test first for a struct category, because a recursive interpreter struct may be
	// represented by an interface{} at reflect level.
	switch t.cat {
	case structT:
		return true
	case linkedT, ptrT:
		return isStruct(t.val)
	case valueT:
		k := t.rtype.Kind()
		return k == reflect.Struct || (k == reflect.Ptr && t.rtype.Elem().Kind() == reflect.Struct)
	default:
		return false
	}
}

func isConstType(t *itype) bool {
	rt := t.TypeOf()
	return isBoolean(rt) || isString(rt) || isNumber(rt)
}

func isInt(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

func isUint(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

func isComplex(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Complex64, reflect.Complex128:
		return true
	}
	return false
}

func isFloat(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

func isByteArray(t reflect.Type) bool {
	if t == nil {
		return false
	}
	k := t.Kind()
	return (k == reflect.Array || k == reflect.Slice) && t.Elem().Kind() == reflect.Uint8
}

func isFloat32(t reflect.Type) bool { return t != nil && t.Kind() == reflect.Float32 }
func isFloat64(t reflect.Type) bool { return t != nil && t.Kind() == reflect.Float64 }
func isNumber(t reflect.Type) bool {
	return isInt(t) || isFloat(t) || isComplex(t) || isConstantValue(t)
}
func isBoolean(t reflect.Type) bool       { return t != nil && t.Kind() == reflect.Bool }
func isString(t reflect.Type) bool        { return t != nil && t.Kind() == reflect.String }
func isConstantValue(t reflect.Type) bool { return t != nil && t.Implements(constVal) }

// embeddable reports whether reflect.StructOf accepts a field of type rt as
// embedded anywhere in a struct: a struct, or a pointer to a struct, without
// methods. gonotes patch.
func embeddable(rt reflect.Type) bool {
	if rt == unsafe2.DummyType || rt.NumMethod() > 0 {
		return false
	}
	if rt.Kind() == reflect.Ptr {
		rt = rt.Elem()
		if rt == unsafe2.DummyType || rt.NumMethod() > 0 || reflect.PtrTo(rt).NumMethod() > 0 {
			return false
		}
	}
	return rt.Kind() == reflect.Struct && rt.Name() == "" && reflect.PtrTo(rt).NumMethod() == 0
}

// unexportedPath reports whether the field at index (as for
// reflect.Value.FieldByIndex) in a value of type t is reached through an
// unexported field of an interpreted struct, and through no unexported field
// of a compiled one. reflect marks such a value read-only (no Interface, Set
// or Call), which the interpreter lifts with unsafe2.Exported: the program
// was compiled against the interpreted type, where the access is legal.
// gonotes patch.
func unexportedPath(t *itype, index []int) bool {
	lift := false
	for k, i := range index {
		for t != nil && (t.cat == ptrT || t.cat == linkedT) && t.val != t { // gonotes patch (s9-embed2): type P *P
			t = t.val
		}
		if t == nil || t.cat != structT || i >= len(t.field) {
			if t == nil || t.cat != valueT {
				return lift
			}
			// A compiled type: keep its unexported fields read-only.
			rt := t.TypeOf()
			for _, i := range index[k:] {
				for rt.Kind() == reflect.Ptr {
					rt = rt.Elem()
				}
				if rt.Kind() != reflect.Struct || i >= rt.NumField() {
					return lift
				}
				sf := rt.Field(i)
				if sf.PkgPath != "" {
					return false
				}
				rt = sf.Type
			}
			return lift
		}
		if !canExport(t.field[i].name) {
			lift = true
		}
		t = t.field[i].typ
	}
	return lift
}

// ptrRecvMethod reports whether method declaration m has a pointer
// receiver. gonotes patch.
func ptrRecvMethod(m *node) bool {
	if m == nil || m.kind != funcDecl || len(m.child) == 0 {
		return false
	}
	r := m.child[0]
	if len(r.child) == 0 || len(r.child[0].child) == 0 {
		return false
	}
	return r.child[0].lastChild().kind == starExpr
}

// sameSelfFunc returns the recursive func type (selfFunc) that the unnamed
// func type t has as a parameter or result type and whose signature is
// t's (the type func(*lexer) stateFn of a declared func is stateFn's
// underlying type), or nil. gonotes patch.
func sameSelfFunc(t *itype) *itype {
	if t.name != "" || t.selfFunc {
		return nil
	}
	var r *itype
	for _, v := range append(append([]*itype{}, t.arg...), t.ret...) {
		if v.cat == variadicT {
			v = v.val
		}
		if v != nil && v.selfFunc {
			r = v
			break
		}
	}
	if r == nil {
		return nil
	}
	if !sameSignature(t, r) {
		return nil
	}
	return r
}

// sameSignature reports whether the func types t and o have identical
// parameter and result types. gonotes patch.
func sameSignature(t, o *itype) bool {
	if len(t.arg) != len(o.arg) || len(t.ret) != len(o.ret) {
		return false
	}
	same := func(a, b *itype) bool {
		return a == b || a.id() == b.id() || a.cat == variadicT && b.cat == variadicT && a.val.id() == b.val.id()
	}
	for i := range t.arg {
		if !same(t.arg[i], o.arg[i]) {
			return false
		}
	}
	for i := range t.ret {
		if !same(t.ret[i], o.ret[i]) {
			return false
		}
	}
	return true
}

// selfFuncStruct returns a struct type reachable from the parameter and
// result types of the func type t (through pointers, slices, arrays, maps
// and struct fields) that has a field of type f, or nil. gonotes patch.
func selfFuncStruct(f, t *itype, seen map[*itype]bool) *itype {
	if t == nil || seen[t] {
		return nil
	}
	seen[t] = true
	switch t.cat {
	case funcT:
		for _, v := range append(append([]*itype{}, t.arg...), t.ret...) {
			if v != f {
				if r := selfFuncStruct(f, v, seen); r != nil {
					return r
				}
			}
		}
	case ptrT, sliceT, arrayT, variadicT, linkedT, chanT, chanRecvT, chanSendT:
		return selfFuncStruct(f, t.val, seen)
	case mapT:
		if r := selfFuncStruct(f, t.key, seen); r != nil {
			return r
		}
		return selfFuncStruct(f, t.val, seen)
	case structT:
		for _, fl := range t.field {
			if fl.typ == f {
				return t
			}
		}
		for _, fl := range t.field {
			if r := selfFuncStruct(f, fl.typ, seen); r != nil {
				return r
			}
		}
	}
	return nil
}

// methodExprType returns the type of the selector n of the method whose
// type is t on the type lt: when n's operand is a type (a method
// expression, T.M or I.M), a func with the receiver first, as cfg types
// it (the method's own type was given to a package variable initialised
// with the expression, whose value is the func with the receiver);
// otherwise t. gonotes patch (s16-public11b).
func methodExprType(sc *scope, n *node, lt, t *itype) *itype {
	if t == nil || t.cat != funcT || !n.child[0].isType(sc) {
		return t
	}
	mt := *t
	mt.arg = append([]*itype{lt}, t.arg...)
	mt.str, mt.rtype = funcOf(mt.arg, mt.ret).str, nil
	return &mt
}

// isTypeTerm reports whether t, embedded in an interface, is a type term
// rather than an embedded interface: a complete type other than an
// interface (or a type parameter). gonotes patch (s19-errwords19).
func isTypeTerm(t *itype) bool {
	if t == nil || t.incomplete {
		return false
	}
	switch u := t.underlying(); u.cat {
	case boolT, intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT,
		float32T, float64T, complex64T, complex128T, stringT,
		structT, sliceT, arrayT, mapT, ptrT, chanT, chanSendT, chanRecvT, funcT:
		return true
	case valueT:
		return u.rtype != nil && u.rtype.Kind() != reflect.Interface
	}
	return false
}

// tildeTermError returns go/types' error for the term ~t of a union (the
// node n) whose type t is an interface or not its own underlying type
// (~MyInt, ~time.Duration), or nil. gonotes patch (s19-errwords19): such
// a constraint was accepted, and ~MyInt satisfied by no type.
func tildeTermError(n *node, t *itype) error {
	if t == nil || t.incomplete || hasTypeParam(t, 0) {
		return nil
	}
	if isInterface(t) || t.cat == errorT {
		return termErrorf(n, "invalid use of ~ (%s is an interface)", n.gcTypeStr(t))
	}
	rt := t.TypeOf()
	if rt == nil {
		return nil
	}
	named := t.cat != valueT && t.name != "" && t.path != "" || t.cat == linkedT || t.cat == valueT && rt.Name() != "" && rt.PkgPath() != ""
	if named && isBasicReflectKind(rt.Kind()) {
		return termErrorf(n, "invalid use of ~ (underlying type of %s is %s)", n.gcTypeStr(t), rt.Kind())
	}
	return nil
}

// isBasicReflectKind reports whether k is the kind of a predeclared type other
// than an interface (bool, the numbers, string).
func isBasicReflectKind(k reflect.Kind) bool {
	return k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String
}

// unionTermsError returns go/types' error for the terms of the union n
// (a | b | ~c) of a constraint: an interface with methods or comparable
// among several terms, or a term that overlaps an earlier one (int |
// ~int), or nil. gonotes patch (s19-errwords19): they were accepted.
func unionTermsError(interp *Interpreter, sc *scope, n *node, seen []*node) error {
	var terms []*node
	var flat func(c *node)
	flat = func(c *node) {
		if c.kind == binaryExpr && len(c.child) == 2 {
			flat(c.child[0])
			flat(c.child[1])
			return
		}
		terms = append(terms, c)
	}
	flat(n)
	type term struct {
		tilde bool
		typ   *itype
		str   string
	}
	var done []term
	for _, c := range terms {
		x := term{tilde: c.kind == unaryExpr && len(c.child) == 1}
		tn := c
		if x.tilde {
			tn = c.child[0]
		}
		t, err := nodeType2(interp, sc, tn, seen)
		if err == nil && t != nil && t.cat == comparableT {
			return termErrorf(c, "cannot use comparable in union")
		}
		if err != nil || t == nil || t.incomplete || hasTypeParam(t, 0) {
			return nil
		}
		x.typ, x.str = t, n.gcTypeStr(t)
		if x.tilde {
			x.str = "~" + x.str
		}
		switch {
		case t.cat == comparableT:
			return termErrorf(c, "cannot use comparable in union")
		case isInterface(t) || t.cat == errorT:
			if rt := t.TypeOf(); t.cat == errorT || len(t.field) > 0 || t.cat == valueT && rt != nil && rt.NumMethod() > 0 {
				return termErrorf(c, "cannot use %s in union (%s contains methods)", x.str, x.str)
			}
			continue
		case t.cat == constraintT:
			continue
		}
		for _, y := range done {
			var same bool
			if x.tilde || y.tilde {
				same = underlyingID(x.typ) == underlyingID(y.typ)
			} else {
				same = x.typ.id() == y.typ.id()
			}
			if same {
				return termErrorf(c, "overlapping terms %s and %s", x.str, y.str)
			}
		}
		done = append(done, x)
	}
	return nil
}

// underlyingID returns the id of t's underlying type, for a type of a
// basic kind its kind (int for a type MyInt int). gonotes patch
// (s19-errwords19).
func underlyingID(t *itype) string {
	if rt := t.TypeOf(); rt != nil && isBasicReflectKind(rt.Kind()) {
		return rt.Kind().String()
	}
	return t.underlying().id()
}
