package interp

// gonotes patch (whole file): the builtins of package unsafe. See
// PATCHES.md, "unsafe: Slice, String, StringData, SliceData and Add as
// builtins; Sizeof, Alignof and Offsetof as gc computes them".
//
// unsafe.Sizeof, Alignof and Offsetof are constants computed at compile
// time; Add, Slice, SliceData, String and StringData are builtins generic
// over the pointer (or slice) type of their argument, which no function of
// a symbol table can express: calls of all of them are recognized by their
// selector (unsafe.X, whatever name the package is imported under) and
// compiled as builtins.

import (
	"go/constant"
	"math"
	"math/bits"
	"path/filepath"
	"reflect"
	"unsafe"
)

const (
	bltnAdd        = "unsafe.Add"
	bltnSlice      = "unsafe.Slice"
	bltnSliceData  = "unsafe.SliceData"
	bltnString     = "unsafe.String"
	bltnStringData = "unsafe.StringData"
)

// unsafeBuiltins are the generators of the builtins of package unsafe, by
// name (nil for the constants, computed by constBltn); set in init (the
// generators refer to cfg).
var unsafeBuiltins map[string]bltnGenerator

// isUnsafeBuiltin reports whether name is a builtin of package unsafe.
func isUnsafeBuiltin(name string) bool {
	switch name {
	case "Alignof", "Offsetof", "Sizeof", "Add", "Slice", "SliceData", "String", "StringData":
		return true
	}
	return false
}

func init() {
	unsafeBuiltins = map[string]bltnGenerator{
		"Alignof":    nil,
		"Offsetof":   nil,
		"Sizeof":     nil,
		"Add":        _unsafeAdd,
		"Slice":      _unsafeSlice,
		"SliceData":  _unsafeSliceData,
		"String":     _unsafeString,
		"StringData": _unsafeStringData,
	}
	builtinFuncs[bltnAdd] = struct {
		args     int
		variadic bool
	}{2, false}
	builtinFuncs[bltnSlice] = builtinFuncs[bltnAdd]
	builtinFuncs[bltnString] = builtinFuncs[bltnAdd]
	builtinFuncs[bltnSliceData] = builtinFuncs[bltnAlignof]
	builtinFuncs[bltnStringData] = builtinFuncs[bltnAlignof]
}

// unsafeBuiltinName returns "unsafe.Name" if n, a selector, names a builtin
// of package unsafe (imported under any name), else "".
func unsafeBuiltinName(n *node, sc *scope) string {
	if n == nil || n.kind != selectorExpr || len(n.child) != 2 || n.child[0].kind != identExpr {
		return ""
	}
	name := n.child[1].ident
	if !isUnsafeBuiltin(name) {
		return ""
	}
	c := n.child[0]
	sym := c.sym
	if sym == nil {
		var found bool
		if sym, _, found = sc.lookup(c.ident); !found && c.interp != nil {
			// A package name is declared in its file's scope.
			baseName := filepath.Base(c.interp.fset.Position(c.pos).Filename)
			sym, _, _ = sc.lookup(filepath.Join(c.ident, baseName))
		}
	}
	if sym == nil || sym.kind != pkgSym || sym.typ == nil || sym.typ.path != "unsafe" {
		return ""
	}
	return "unsafe." + name
}

// builtinName returns the name of the builtin that n, the func of a call,
// names: an identifier (len), or a selector of package unsafe.
func builtinName(n *node, sc *scope) string {
	if n.kind == selectorExpr {
		if name := unsafeBuiltinName(n, sc); name != "" {
			return name
		}
	}
	return n.ident
}

var unsafePointerType = reflect.TypeOf(unsafe.Pointer(nil))

// unsafeBuiltinType returns the type of a call n of a builtin of package
// unsafe, or nil if its argument's type is not known yet.
func unsafeBuiltinType(interp *Interpreter, sc *scope, n *node, name string, seen []*node) (*itype, error) {
	switch name {
	case bltnAlignof, bltnOffsetof, bltnSizeof:
		return sc.getType("uintptr"), nil
	case bltnAdd:
		return valueTOf(unsafePointerType), nil
	case bltnString:
		return sc.getType("string"), nil
	case bltnStringData:
		return ptrOf(sc.getType("uint8"), withScope(sc)), nil
	}
	if len(n.child) < 2 {
		return nil, n.cfgErrorf("not enough arguments in call to %s", name)
	}
	t, err := nodeType2(interp, sc, n.child[1], seen)
	if err != nil {
		return nil, err
	}
	if t.incomplete {
		return t, nil
	}
	u := t.underlying()
	switch name {
	case bltnSlice:
		switch {
		case u.cat == ptrT:
			return sliceOf(u.val, withScope(sc)), nil
		case u.cat == valueT && u.rtype.Kind() == reflect.Ptr:
			return valueTOf(reflect.SliceOf(u.rtype.Elem())), nil
		}
		return nil, n.child[1].cfgErrorf("invalid argument: %s (variable of type %s) is not a pointer", n.child[1].ident, t.id())
	case bltnSliceData:
		switch {
		case u.cat == sliceT:
			return ptrOf(u.val, withScope(sc)), nil
		case u.cat == valueT && u.rtype.Kind() == reflect.Slice:
			return valueTOf(reflect.PointerTo(u.rtype.Elem())), nil
		}
		return nil, n.child[1].cfgErrorf("invalid argument: %s (variable of type %s) is not a slice", n.child[1].ident, t.id())
	}
	return nil, n.cfgErrorf("unknown builtin %s", name)
}

// checkUnsafe type-checks the arguments of a call of Add, Slice, SliceData,
// String or StringData.
func (check typecheck) checkUnsafe(name string, params []param) error {
	p0 := params[0]
	switch name {
	case bltnAdd:
		if err := check.assignment(p0.nod, valueTOf(unsafePointerType), "argument to "+name); err != nil {
			return err
		}
	case bltnString:
		if err := check.assignment(p0.nod, ptrOf(check.scope.getType("uint8")), "argument to "+name); err != nil {
			return err
		}
	case bltnStringData:
		return check.assignment(p0.nod, check.scope.getType("string"), "argument to "+name)
	case bltnSliceData:
		if t := p0.Type(); t.TypeOf().Kind() != reflect.Slice {
			return p0.nod.cfgErrorf("invalid argument: %s (variable of type %s) is not a slice", p0.nod.ident, t.id())
		}
		return nil
	case bltnSlice:
		if t := p0.Type(); t.TypeOf().Kind() != reflect.Ptr {
			return p0.nod.cfgErrorf("invalid argument: %s (variable of type %s) is not a pointer", p0.nod.ident, t.id())
		}
	}
	// The length: of an integer type, or an untyped constant representable
	// as an int.
	p1 := params[1]
	t := p1.Type()
	if t.untyped && p1.nod.rval.IsValid() {
		if c := vConstantValue(p1.nod.rval); c != nil {
			if c = constant.ToInt(c); c.Kind() != constant.Int {
				return p1.nod.cfgErrorf("cannot convert %s (untyped %s constant) to type int", p1.nod.rval, t.id())
			}
			if constant.Sign(c) < 0 && name != bltnAdd {
				return p1.nod.cfgErrorf("invalid argument: length %s (constant of type int) must not be negative", c)
			}
		}
		return check.convertUntyped(p1.nod, check.scope.getType("int"))
	}
	if !isInt(t.TypeOf()) {
		return p1.nod.cfgErrorf("cannot convert %s (variable of type %s) to type int", p1.nod.ident, t.id())
	}
	return nil
}

// genUnsafeLen returns a function of the length argument n: its value, and
// false if it is negative or larger than the largest int.
func genUnsafeLen(n *node) func(*frame) (int, bool) {
	value := genValue(n)
	if isUint(n.typ.TypeOf()) {
		return func(f *frame) (int, bool) {
			u := value(f).Uint()
			return int(u), u <= math.MaxInt
		}
	}
	return func(f *frame) (int, bool) {
		i := value(f).Int()
		return int(i), i >= 0 && i <= math.MaxInt
	}
}

// pointerOf returns the pointer v holds (a pointer, an unsafe.Pointer or
// nil).
func pointerOf(v reflect.Value) unsafe.Pointer {
	switch v.Kind() {
	case reflect.Ptr, reflect.UnsafePointer:
		return v.UnsafePointer()
	}
	return nil
}

// zeroLen is a length the compiler cannot see (a constant -1 is an error).
var zeroLen = -1

// panicUnsafe panics as Go does for unsafe.Slice (str false) or
// unsafe.String (str true) with a nil pointer (nilPtr) or a length out of
// range: it makes the failing call natively, so that the error is the
// runtime's own.
func panicUnsafe(str, nilPtr bool) {
	p, l := &zeroBytes[0], zeroLen
	if nilPtr {
		p, l = nil, 1
	}
	if str {
		_ = unsafe.String(p, l)
	} else {
		_ = unsafe.Slice(p, l)
	}
	panic(runtimeError("unsafe: invalid arguments")) // not reached
}

// checkUnsafeLen panics as Go's runtime does if the size bytes from p
// (size is elemSize*l) is out of range.
func checkUnsafeLen(str bool, p unsafe.Pointer, elemSize uintptr, l int, ok bool) {
	if !ok {
		panicUnsafe(str, false)
	}
	if elemSize == 0 {
		if p == nil && l > 0 {
			panicUnsafe(str, true)
		}
		return
	}
	hi, mem := bits.Mul(uint(elemSize), uint(l))
	if hi != 0 || uintptr(mem) > -uintptr(p) {
		panicUnsafe(str, p == nil)
	}
}

type unsafeSliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

//go:nocheckptr
func _unsafeSlice(n *node) {
	ptr := genValue(n.child[1])
	length := genUnsafeLen(n.child[2])
	st := n.typ.TypeOf()
	esize := st.Elem().Size()
	dest := genValueOutput(n, st)
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		p := pointerOf(ptr(f))
		l, ok := length(f)
		checkUnsafeLen(false, p, esize, l, ok)
		s := reflect.New(st)
		if p != nil {
			*(*unsafeSliceHeader)(s.UnsafePointer()) = unsafeSliceHeader{p, l, l}
		}
		dest(f).Set(s.Elem())
		return next
	}
}

//go:nocheckptr
func _unsafeString(n *node) {
	ptr := genValue(n.child[1])
	length := genUnsafeLen(n.child[2])
	dest := genValueOutput(n, n.typ.TypeOf())
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		p := pointerOf(ptr(f))
		l, ok := length(f)
		checkUnsafeLen(true, p, 1, l, ok)
		dest(f).SetString(unsafe.String((*byte)(p), l))
		return next
	}
}

func _unsafeStringData(n *node) {
	str := genValue(n.child[1])
	pt := n.typ.TypeOf()
	dest := genValueOutput(n, pt)
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		s := str(f).String()
		dest(f).Set(reflect.NewAt(pt.Elem(), unsafe.Pointer(unsafe.StringData(s))))
		return next
	}
}

func _unsafeSliceData(n *node) {
	slice := genValue(n.child[1])
	pt := n.typ.TypeOf()
	dest := genValueOutput(n, pt)
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		dest(f).Set(reflect.NewAt(pt.Elem(), slice(f).UnsafePointer()))
		return next
	}
}

//go:nocheckptr
func _unsafeAdd(n *node) {
	ptr := genValue(n.child[1])
	off := genValue(n.child[2])
	signed := !isUint(n.child[2].typ.TypeOf())
	dest := genValueOutput(n, unsafePointerType)
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		p := pointerOf(ptr(f))
		var d uintptr
		if v := off(f); signed {
			d = uintptr(v.Int())
		} else {
			d = uintptr(v.Uint())
		}
		dest(f).SetPointer(unsafe.Add(p, d))
		return next
	}
}

// gcSizeAlign returns the size and alignment of values of type t as gc lays
// them out. They differ from those of t's runtime type where the
// interpreter represents values differently (a non-empty interface of
// interpreted code holds the value and its dynamic type: valueInterface).
func gcSizeAlign(t *itype) (size, align uintptr) {
	const word = unsafe.Sizeof(uintptr(0))
	switch t.cat {
	case linkedT:
		return gcSizeAlign(t.val)
	case interfaceT:
		return 2 * word, word
	case funcT:
		return word, word
	case arrayT:
		s, a := gcSizeAlign(t.val)
		return s * uintptr(t.length), a
	case structT:
		_, size, align := gcStructLayout(t)
		return size, align
	}
	rt := t.TypeOf()
	return rt.Size(), uintptr(rt.Align())
}

// gcStructLayout returns the offsets of the fields of t, a struct type, its
// size and its alignment, as gc (and reflect.StructOf) compute them.
func gcStructLayout(t *itype) (offs []uintptr, size, align uintptr) {
	align = 1
	for _, f := range t.field {
		s, a := gcSizeAlign(f.typ)
		size = (size + a - 1) &^ (a - 1)
		offs = append(offs, size)
		size += s
		if a > align {
			align = a
		}
	}
	// A final zero-size field is padded so that its address is not past
	// the end of the struct.
	if n := len(t.field); n > 0 && size > 0 {
		if s, _ := gcSizeAlign(t.field[n-1].typ); s == 0 {
			size++
		}
	}
	size = (size + align - 1) &^ (align - 1)
	return offs, size, align
}

// gcOffsetof returns the offset of the field selected by sel (x.f) in x's
// struct, gc's value for unsafe.Offsetof(x.f).
func gcOffsetof(sel *node) (uintptr, error) {
	if sel.kind != selectorExpr || len(sel.child) != 2 {
		return 0, sel.cfgErrorf("invalid argument: %s is not a selector expression", sel.ident)
	}
	t, name := sel.child[0].typ, sel.child[1].ident
	if t == nil {
		return 0, sel.cfgErrorf("invalid argument: %s is not a selector expression", sel.ident)
	}
	if u := t.underlying(); u.cat == ptrT {
		t = u.val
	}
	if t.underlying().cat == valueT {
		rt := t.TypeOf()
		if rt.Kind() == reflect.Ptr {
			rt = rt.Elem()
		}
		if rt.Kind() != reflect.Struct {
			return 0, sel.cfgErrorf("invalid argument: %s is a method value", name)
		}
		sf, ok := rt.FieldByName(name)
		if !ok {
			return 0, sel.cfgErrorf("invalid argument: %s is a method value", name)
		}
		var off uintptr
		for i, x := range sf.Index {
			if rt.Kind() == reflect.Ptr {
				return 0, sel.cfgErrorf("invalid argument: field %s is embedded via a pointer in %s", name, sel.child[0].ident)
			}
			f := rt.Field(x)
			off += f.Offset
			if i < len(sf.Index)-1 {
				rt = f.Type
			}
		}
		return off, nil
	}
	path := t.lookupField(name)
	if len(path) == 0 {
		return 0, sel.cfgErrorf("invalid argument: %s is a method value", name)
	}
	var off uintptr
	st := t.underlying()
	for i, x := range path {
		if st.cat == ptrT {
			return 0, sel.cfgErrorf("invalid argument: field %s is embedded via a pointer in %s", name, sel.child[0].ident)
		}
		offs, _, _ := gcStructLayout(st)
		off += offs[x]
		if i < len(path)-1 {
			st = st.field[x].typ.underlying()
		}
	}
	return off, nil
}
