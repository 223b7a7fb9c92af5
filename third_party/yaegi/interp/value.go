package interp

import (
	"go/constant"
	"reflect"

	"github.com/traefik/yaegi/internal/unsafe2" // gonotes patch
)

const (
	notInFrame  = -1 // value of node.findex for literal values (not in frame)
	globalFrame = -1 // value of node.level for global symbols
)

func valueGenerator(n *node, i int) func(*frame) reflect.Value {
	switch n.level {
	case globalFrame:
		return func(f *frame) reflect.Value { return valueOf(f.globals().data, i) } // gonotes patch: see globals
	case 0:
		return func(f *frame) reflect.Value { return valueOf(f.data, i) }
	case 1:
		return func(f *frame) reflect.Value { return valueOf(f.anc.data, i) }
	case 2:
		return func(f *frame) reflect.Value { return valueOf(f.anc.anc.data, i) }
	default:
		return func(f *frame) reflect.Value {
			for level := n.level; level > 0; level-- {
				f = f.anc
			}
			return valueOf(f.data, i)
		}
	}
}

// valueOf safely recovers the ith element of data. This is necessary
// because a cancellation prior to any evaluation result may leave
// the frame's data empty.
func valueOf(data []reflect.Value, i int) reflect.Value {
	if i < 0 || i >= len(data) {
		return reflect.Value{}
	}
	return data[i]
}

func genValueRecv(n *node) func(*frame) reflect.Value {
	var v func(*frame) reflect.Value
	if n.recv.node == nil {
		v = func(*frame) reflect.Value { return n.recv.val }
	} else {
		v = genValue(n.recv.node)
	}
	fi := n.recv.index

	if len(fi) == 0 {
		return v
	}

	return func(f *frame) reflect.Value { return recvField(v(f), fi) }
}

// pathHasPtr reports whether the embedded path fi from the struct r to a
// promoted method's receiver goes through a pointer (the receiver is then
// read at each call of a late method value). gonotes patch (s14-public9a).
func pathHasPtr(r reflect.Value, fi []int) bool {
	for _, i := range fi {
		if r.Kind() == reflect.Ptr {
			return true
		}
		if r.Kind() != reflect.Struct || i >= r.NumField() {
			return false
		}
		r = unsafe2.Exported(r.Field(i))
		if vi, ok := r.Interface().(valueInterface); ok {
			r = vi.value
		}
	}
	return r.Kind() == reflect.Ptr
}

// recvField returns the embedded field of r at index fi, the receiver of a
// promoted method (gonotes patch: out of genValueRecv, for late receivers).
func recvField(r reflect.Value, fi []int) reflect.Value {
	for _, i := range fi {
		if r.Kind() == reflect.Ptr {
			r = r.Elem()
		}
		// Note that we can't use reflect FieldByIndex method, as we may
		// traverse valueInterface wrappers to access the embedded receiver.
		r = unsafe2.Exported(r.Field(i)) // gonotes patch: the field may be unexported
		vi, ok := r.Interface().(valueInterface)
		if ok {
			r = vi.value
		}
	}
	return r
}

func genValueAsFunctionWrapper(n *node) func(*frame) reflect.Value {
	if isMethodExprOfDecl(n) { // gonotes patch: a method expression T.M takes the receiver first
		return genFunctionWrapper(n)
	}
	value := genValue(n)
	typ := n.typ.TypeOf()

	return func(f *frame) reflect.Value {
		v := value(f)
		if v.IsNil() {
			return reflect.New(typ).Elem()
		}
		if v.Kind() == reflect.Func {
			return v
		}
		vn, ok := v.Interface().(*node)
		if ok && vn.rval.Kind() == reflect.Func {
			// The node value is already a callable func, no need to wrap it.
			return vn.rval
		}
		return genFunctionWrapper(vn)(f)
	}
}

func genValueAs(n *node, t reflect.Type) func(*frame) reflect.Value {
	value := genValue(n)
	if isComplex(t) && n.typ != nil && isNumber(n.typ.TypeOf()) && !isComplex(n.typ.TypeOf()) {
		// gonotes patch (s20-harvest20): an untyped integer or float
		// returned as a complex number (return 7 in a func returning
		// complex128): reflect converts no number to a complex one.
		return func(f *frame) reflect.Value { return reflect.ValueOf(vComplex(value(f))).Convert(t) }
	}

	return func(f *frame) reflect.Value {
		v := value(f)
		switch v.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Ptr, reflect.Map, reflect.Slice, reflect.UnsafePointer:
			if v.IsNil() {
				return reflect.New(t).Elem()
			}
		}
		return v.Convert(t)
	}
}

func genValue(n *node) func(*frame) reflect.Value {
	switch n.kind {
	case basicLit:
		convertConstantValue(n)
		v := n.rval
		if !v.IsValid() {
			v = reflect.New(emptyInterfaceType).Elem()
		}
		return func(f *frame) reflect.Value { return v }
	case funcDecl:
		var v reflect.Value
		if w, ok := n.val.(reflect.Value); ok {
			v = w
		} else {
			v = reflect.ValueOf(n.val)
		}
		return func(f *frame) reflect.Value { return v }
	default:
		if n.rval.IsValid() {
			convertConstantValue(n)
			v := n.rval
			return func(f *frame) reflect.Value { return v }
		}
		if n.sym != nil {
			i := n.sym.index
			if i < 0 && n != n.sym.node {
				return genValue(n.sym.node)
			}
			if n.sym.global {
				return func(f *frame) reflect.Value { return f.globals().data[i] } // gonotes patch: see globals
			}
			return valueGenerator(n, i)
		}
		if n.findex == notInFrame {
			var v reflect.Value
			if w, ok := n.val.(reflect.Value); ok {
				v = w
			} else {
				v = reflect.ValueOf(n.val)
			}
			return func(f *frame) reflect.Value { return v }
		}
		return valueGenerator(n, n.findex)
	}
}

func genDestValue(typ *itype, n *node) func(*frame) reflect.Value {
	convertLiteralValue(n, typ.TypeOf())
	if cn := convertedNode(n); cn != nil && isInterfaceSrc(typ) { // gonotes patch
		n = cn
	}
	if isEmptyInterface(typ) && fmtReflectTypeStatic(n.typ) { // gonotes patch (s20-escape20): reflectguard.go
		return anyReflectTypeArg(n, genValue(n))
	}
	switch {
	case dynIfaceValue(typ, n): // gonotes patch: the empty interface keeps the value's type (dyntype.go)
		return genDynValue(n)
	case isInterfaceSrc(typ) && (!isEmptyInterface(typ) || len(n.typ.method) > 0):
		return genValueInterface(n)
	case isNamedFuncSrc(n.typ):
		return genFunctionWrapper(n)
	case isInterfaceBin(typ):
		return genInterfaceWrapper(n, typ.rtype)
	case n.kind == basicLit && n.val == nil:
		return func(*frame) reflect.Value { return reflect.New(typ.rtype).Elem() }
	case n.typ.untyped && isComplex(typ.TypeOf()) && n.rval.IsValid() && n.rval.Type() == typ.TypeOf():
		// gonotes patch (s20-harvest20): a constant converted to the
		// complex type by convertLiteralValue (ch <- -1 on a chan complex64).
		return genValue(n)
	case n.typ.untyped && isComplex(typ.TypeOf()):
		return genValueComplex(n)
	case n.typ.untyped && !typ.untyped:
		return genValueAs(n, typ.TypeOf())
	}
	return genValue(n)
}

// isMethodExprOfDecl reports whether n is a method expression T.M of a
// method declared in the program: a func whose first argument is the
// receiver, not the method's own func (gonotes patch).
func isMethodExprOfDecl(n *node) bool {
	def, ok := n.val.(*node)
	return ok && n.kind == selectorExpr && n.recv == nil && def.kind == funcDecl && def.typ != nil && n.typ != nil && len(n.typ.arg) == len(def.typ.arg)+1
}

func genFuncValue(n *node) func(*frame) reflect.Value {
	// gonotes patch: a method expression T.M is a func whose first argument
	// is the receiver, not the method's own func.
	if isMethodExprOfDecl(n) {
		return genFunctionWrapper(n)
	}
	value := genValue(n)
	return func(f *frame) reflect.Value {
		v := value(f)
		if nod, ok := v.Interface().(*node); ok {
			return genFunctionWrapper(nod)(f)
		}
		return v
	}
}

func genValueArray(n *node) func(*frame) reflect.Value {
	value := genValue(n)
	// dereference array pointer, to support array operations on array pointer
	if n.typ.TypeOf().Kind() == reflect.Ptr {
		return func(f *frame) reflect.Value {
			return value(f).Elem()
		}
	}
	return value
}

func genValueRangeArray(n *node) func(*frame) reflect.Value {
	value := genValue(n)

	switch {
	case n.typ.TypeOf().Kind() == reflect.Ptr:
		// dereference array pointer, to support array operations on array pointer
		return func(f *frame) reflect.Value {
			return value(f).Elem()
		}
	case n.typ.val != nil && n.typ.val.cat == interfaceT:
		if len(n.typ.val.field) > 0 {
			return func(f *frame) reflect.Value {
				val := value(f)
				v := []valueInterface{}
				for i := 0; i < val.Len(); i++ {
					switch av := val.Index(i).Interface().(type) {
					case []valueInterface:
						v = append(v, av...)
					case valueInterface:
						v = append(v, av)
					default:
						panic(n.cfgErrorf("invalid type %v", val.Index(i).Type()))
					}
				}
				return reflect.ValueOf(v)
			}
		}
		// empty interface, do not wrap.
		fallthrough
	default:
		return func(f *frame) reflect.Value {
			// This is necessary to prevent changes in the returned
			// reflect.Value being reflected back to the value used
			// for the range expression.
			return reflect.ValueOf(value(f).Interface())
		}
	}
}

func genValueInterface(n *node) func(*frame) reflect.Value {
	value := genValue(n)

	return func(f *frame) reflect.Value {
		v := value(f)
		nod := n

		for v.IsValid() {
			// traverse interface indirections to find out concrete type
			vi, ok := v.Interface().(valueInterface)
			if !ok {
				break
			}
			v = vi.value
			nod = vi.node
		}

		// empty interface, do not wrap.
		if nod != nil && isEmptyInterface(nod.typ) {
			return v
		}

		// gonotes patch: a nil interface value (of a compiled interface
		// type such as error) stays a nil interface, not an interface
		// holding a nil interface.
		if (!v.IsValid() || v.Kind() == reflect.Interface && v.IsNil()) && nod != nil && nod.typ != nil && isInterface(nod.typ) {
			return reflect.ValueOf(valueInterface{})
		}

		if v.CanAddr() && v.CanInterface() {
			// gonotes patch: an interface holds a copy of the value, not
			// the variable it was read from (var g Getter = c; c.n++:
			// g.Get() still sees the old c).
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		return reflect.ValueOf(valueInterface{nod, v})
	}
}

func getConcreteValue(val reflect.Value) reflect.Value {
	v := val
	for {
		vi, ok := v.Interface().(valueInterface)
		if !ok {
			break
		}
		v = vi.value
	}
	if v.NumMethod() > 0 {
		return v
	}
	if v.Kind() != reflect.Struct {
		return v
	}
	// Search a concrete value in fields of an emulated interface.
	for i := v.NumField() - 1; i >= 0; i-- {
		vv := unsafe2.Exported(v.Field(i)) // gonotes patch: the field may be unexported
		if vv.Kind() == reflect.Interface {
			vv = vv.Elem()
		}
		if vv.IsValid() {
			return vv
		}
	}
	return v
}

func zeroInterfaceValue() reflect.Value {
	n := &node{kind: basicLit, typ: &itype{cat: nilT, untyped: true, str: "nil"}}
	v := reflect.New(emptyInterfaceType).Elem()
	return reflect.ValueOf(valueInterface{n, v})
}

func wantEmptyInterface(n *node) bool {
	return isEmptyInterface(n.typ) ||
		n.anc.action == aAssign && n.anc.typ.cat == interfaceT && len(n.anc.typ.field) == 0 ||
		n.anc.kind == returnStmt && n.anc.val.(*node).typ.ret[0].cat == interfaceT && len(n.anc.val.(*node).typ.ret[0].field) == 0
}

func genValueOutput(n *node, t reflect.Type) func(*frame) reflect.Value {
	value := genValue(n)
	switch {
	case n.anc.action == aAssign && n.anc.typ.cat == interfaceT:
		if len(n.anc.typ.field) == 0 {
			// empty interface, do not wrap
			return value
		}
		fallthrough
	case n.anc.kind == returnStmt && n.anc.val.(*node).typ.ret[0].cat == interfaceT:
		if nod, ok := n.anc.val.(*node); !ok || len(nod.typ.ret[0].field) == 0 {
			// empty interface, do not wrap
			return value
		}
		// The result of the builtin has to be returned as an interface type.
		// Wrap it in a valueInterface and return the dereferenced value.
		// gonotes patch: the valueInterface's node has the operation's
		// concrete type (return a - b, of type Num, as an Expr: r.(Num)
		// was false and %T printed main.Expr).
		nod := n
		if ct := dynConcreteType(n); ct != nil && ct != n.typ && !isInterface(ct) {
			cn := *n
			cn.typ = ct
			nod = &cn
		}
		return func(f *frame) reflect.Value {
			d := value(f)
			v := reflect.New(t).Elem()
			d.Set(reflect.ValueOf(valueInterface{nod, v}))
			return v
		}
	}
	return value
}

func getBinValue(getMapType func(*itype) reflect.Type, value func(*frame) reflect.Value, f *frame) reflect.Value {
	v := value(f)
	if getMapType == nil {
		return v
	}
	val, ok := v.Interface().(valueInterface)
	if !ok || val.node == nil {
		return v
	}
	if val.node.typ != nil && val.node.typ.cat == valueT && val.value.IsValid() && val.value.Type() == val.node.typ.rtype {
		// gonotes patch (s12): a value of a compiled type (a type switch
		// case of an interpreted interface type matched by an error of
		// fmt) is given as itself; its node is no expression of the frame.
		return val.value
	}
	if rt := getMapType(val.node.typ); rt != nil {
		// gonotes patch: wrap the value held, not the value of the node
		// (the expression it was made from) in the frame of the call.
		if !inMethodSet(val.node.typ, rt) {
			return binEmptyValue(v)
		}
		if w := namedOrWrapValue(f, val.node, val.value, rt); w.IsValid() { // gonotes patch (s10-stringer)
			return w
		}
		return genInterfaceWrapper(val.node, rt)(f)
	}
	return binEmptyValue(v) // gonotes patch
}

// binEmptyValue returns the value v of an empty interface given to compiled
// code: the concrete value if v holds a valueInterface (a value of an
// interpreted type with methods), which compiled code must never see (fmt
// printed its fields). (gonotes patch)
func binEmptyValue(v reflect.Value) reflect.Value {
	if !v.IsValid() || !v.CanInterface() {
		return v
	}
	vi, ok := v.Interface().(valueInterface)
	if !ok {
		return v
	}
	if vi.node == nil || !vi.value.IsValid() {
		return reflect.New(emptyInterfaceType).Elem()
	}
	return binEmptyValue(vi.value)
}

func valueInterfaceValue(v reflect.Value) reflect.Value {
	for {
		vv, ok := v.Interface().(valueInterface)
		if !ok {
			break
		}
		v = vv.value
	}
	return v
}

func genValueInterfaceValue(n *node) func(*frame) reflect.Value {
	value := genValue(n)

	return func(f *frame) reflect.Value {
		v := value(f)
		if vi, ok := v.Interface().(valueInterface); ok && vi.node == nil {
			// Uninitialized interface value, set it to a correct zero value.
			v.Set(zeroInterfaceValue())
			v = value(f)
		}
		return valueInterfaceValue(v)
	}
}

func vInt(v reflect.Value) (i int64) {
	if c := vConstantValue(v); c != nil {
		i, _ = constant.Int64Val(constant.ToInt(c))
		return i
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i = v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		i = int64(v.Uint())
	case reflect.Float32, reflect.Float64:
		i = int64(v.Float())
	case reflect.Complex64, reflect.Complex128:
		i = int64(real(v.Complex()))
	}
	return
}

func vUint(v reflect.Value) (i uint64) {
	if c := vConstantValue(v); c != nil {
		i, _ = constant.Uint64Val(constant.ToInt(c))
		return i
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i = uint64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		i = v.Uint()
	case reflect.Float32, reflect.Float64:
		i = uint64(v.Float())
	case reflect.Complex64, reflect.Complex128:
		i = uint64(real(v.Complex()))
	}
	return
}

func vComplex(v reflect.Value) (c complex128) {
	if c := vConstantValue(v); c != nil {
		c = constant.ToComplex(c)
		rel, _ := constFloat64Val(constant.Real(c))
		img, _ := constFloat64Val(constant.Imag(c))
		return complex(rel, img)
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c = complex(float64(v.Int()), 0)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		c = complex(float64(v.Uint()), 0)
	case reflect.Float32, reflect.Float64:
		c = complex(v.Float(), 0)
	case reflect.Complex64, reflect.Complex128:
		c = v.Complex()
	}
	return
}

func vFloat(v reflect.Value) (i float64) {
	if c := vConstantValue(v); c != nil {
		i, _ = constFloat64Val(constant.ToFloat(c))
		return i
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i = float64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		i = float64(v.Uint())
	case reflect.Float32, reflect.Float64:
		i = v.Float()
	case reflect.Complex64, reflect.Complex128:
		i = real(v.Complex())
	}
	return
}

func vString(v reflect.Value) (s string) {
	if c := vConstantValue(v); c != nil {
		s = constant.StringVal(c)
		return s
	}
	return v.String()
}

func vConstantValue(v reflect.Value) (c constant.Value) {
	if v.Type().Implements(constVal) {
		c = v.Interface().(constant.Value)
	}
	return
}

func genValueInt(n *node) func(*frame) (reflect.Value, int64) {
	value := genValue(n)

	switch n.typ.TypeOf().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(f *frame) (reflect.Value, int64) { v := value(f); return v, v.Int() }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(f *frame) (reflect.Value, int64) { v := value(f); return v, int64(v.Uint()) }
	case reflect.Float32, reflect.Float64:
		return func(f *frame) (reflect.Value, int64) { v := value(f); return v, int64(v.Float()) }
	case reflect.Complex64, reflect.Complex128:
		if n.typ.untyped && n.rval.IsValid() && imag(n.rval.Complex()) == 0 {
			return func(f *frame) (reflect.Value, int64) { v := value(f); return v, int64(real(v.Complex())) }
		}
	}
	return nil
}

func genValueUint(n *node) func(*frame) (reflect.Value, uint64) {
	value := genValue(n)

	switch n.typ.TypeOf().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(f *frame) (reflect.Value, uint64) { v := value(f); return v, uint64(v.Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(f *frame) (reflect.Value, uint64) { v := value(f); return v, v.Uint() }
	case reflect.Float32, reflect.Float64:
		return func(f *frame) (reflect.Value, uint64) { v := value(f); return v, uint64(v.Float()) }
	case reflect.Complex64, reflect.Complex128:
		if n.typ.untyped && n.rval.IsValid() && imag(n.rval.Complex()) == 0 {
			return func(f *frame) (reflect.Value, uint64) { v := value(f); return v, uint64(real(v.Complex())) }
		}
	}
	return nil
}

func genValueFloat(n *node) func(*frame) (reflect.Value, float64) {
	value := genValue(n)

	switch n.typ.TypeOf().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(f *frame) (reflect.Value, float64) { v := value(f); return v, float64(v.Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(f *frame) (reflect.Value, float64) { v := value(f); return v, float64(v.Uint()) }
	case reflect.Float32, reflect.Float64:
		return func(f *frame) (reflect.Value, float64) { v := value(f); return v, v.Float() }
	case reflect.Complex64, reflect.Complex128:
		if n.typ.untyped && n.rval.IsValid() && imag(n.rval.Complex()) == 0 {
			return func(f *frame) (reflect.Value, float64) { v := value(f); return v, real(v.Complex()) }
		}
	}
	return nil
}

func genValueComplex(n *node) func(*frame) reflect.Value {
	vc := genComplex(n)
	return func(f *frame) reflect.Value { return reflect.ValueOf(vc(f)) }
}

func genComplex(n *node) func(*frame) complex128 {
	value := genValue(n)

	switch n.typ.TypeOf().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(f *frame) complex128 { return complex(float64(value(f).Int()), 0) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(f *frame) complex128 { return complex(float64(value(f).Uint()), 0) }
	case reflect.Float32, reflect.Float64:
		return func(f *frame) complex128 { return complex(value(f).Float(), 0) }
	case reflect.Complex64, reflect.Complex128:
		return func(f *frame) complex128 { return value(f).Complex() }
	}
	return nil
}

func genValueString(n *node) func(*frame) (reflect.Value, string) {
	value := genValue(n)

	return func(f *frame) (reflect.Value, string) { v := value(f); return v, v.String() }
}

// convertedNode returns, for a conversion of a value of a concrete
// interpreted type to an interface (any(x), whose node keeps the value
// and has the interface type with the concrete one in val), a copy of n
// with the concrete type, or nil: the value in the interface keeps the
// methods of its type. (gonotes patch)
func convertedNode(n *node) *node {
	t := n.typ
	if n.action != aConvert || t == nil || !isInterfaceSrc(t) || t.val == nil || t.val.cat == valueT || isInterfaceSrc(t.val) || len(t.val.method) == 0 {
		return nil
	}
	cn := *n
	cn.typ = t.val
	return &cn
}

// genFreshValue returns a function that gives the variable of node n a new
// location in its frame, with its zero value, and returns it: for the
// variables a statement declares each time it runs without a define of
// their own (case v := <-ch: of a select, t of switch t := x.(type)),
// which the statement then sets. They were set in place, so that a
// closure or a pointer made in one run (a goroutine started in a loop's
// select clause, &v) saw the values of the later runs. gonotes patch.
func genFreshValue(n *node) func(*frame) reflect.Value {
	i, l := n.findex, n.level
	if n.sym != nil {
		if n.sym.index < 0 {
			return genValue(n)
		}
		i = n.sym.index
		if n.sym.global {
			l = globalFrame
		}
	}
	if i < 0 {
		return genValue(n)
	}
	return func(f *frame) reflect.Value {
		data := getFrame(f, l).data
		if i >= len(data) || !data[i].IsValid() {
			return valueOf(data, i)
		}
		data[i] = reflect.New(data[i].Type()).Elem()
		return data[i]
	}
}
