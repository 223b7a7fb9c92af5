// gonotes patch (s16-errwords): this file.

package interp

import (
	"go/constant"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// Compile errors name expressions and operands as go/types does: an
// expression as the source wrote it (composite and func literals
// shortened to T{…}, func(…) {…}), an operand with what it is ("x
// (variable of type int)", "f() (value of type string)", "c (untyped int
// constant 1)", "m[k] (map index expression of type int)", "t (variable of
// struct type T)").

// gcExpr returns the source of the expression n as go/types prints it, or
// "" when a part of it is not known.
func gcExpr(n *node) string {
	if n == nil {
		return ""
	}
	switch n.kind {
	case identExpr, basicLit:
		return n.ident
	case parenExpr:
		if s := gcExpr(n.child[0]); s != "" {
			return "(" + s + ")"
		}
	case selectorExpr:
		if x, sel := gcExpr(n.child[0]), gcExpr(n.child[1]); x != "" && sel != "" {
			return x + "." + sel
		}
	case indexExpr:
		if x, i := gcExpr(n.child[0]), gcExpr(n.child[1]); x != "" && i != "" {
			return x + "[" + i + "]"
		}
	case starExpr:
		if x := gcExpr(n.child[0]); x != "" {
			return "*" + x
		}
	case addressExpr:
		if x := gcExpr(n.child[0]); x != "" {
			return "&" + x
		}
	case unaryExpr:
		if x := gcExpr(n.child[0]); x != "" && int(n.action) < len(actions) {
			return actions[n.action] + x
		}
	case binaryExpr:
		l, r := gcExpr(n.child[0]), gcExpr(n.child[1])
		if l != "" && r != "" && int(n.action) < len(actions) {
			return l + " " + actions[n.action] + " " + r
		}
	case callExpr:
		f := gcExpr(n.child[0])
		if f == "" {
			return ""
		}
		args := make([]string, 0, len(n.child)-1)
		for _, a := range n.child[1:] {
			s := gcExpr(a)
			if s == "" {
				return ""
			}
			args = append(args, s)
		}
		if n.action == aCallSlice {
			return f + "(" + strings.Join(args, ", ") + "...)"
		}
		return f + "(" + strings.Join(args, ", ") + ")"
	case compositeLitExpr:
		if n.nleft > 0 {
			if t := gcExpr(n.child[0]); t != "" {
				if len(n.child) == 1 {
					return t + "{}"
				}
				return t + "{…}"
			}
		}
	case arrayType:
		if len(n.child) == 1 {
			if e := gcExpr(n.child[0]); e != "" {
				return "[]" + e
			}
		} else if len(n.child) == 2 {
			if l, e := gcExpr(n.child[0]), gcExpr(n.child[1]); l != "" && e != "" {
				return "[" + l + "]" + e
			}
		}
	case mapType:
		if k, v := gcExpr(n.child[0]), gcExpr(n.child[1]); k != "" && v != "" {
			return "map[" + k + "]" + v
		}
	case sliceExpr: // gonotes patch (s19-errwords19)
		parts := make([]string, len(n.child))
		for i, c := range n.child {
			if parts[i] = gcExpr(c); parts[i] == "" {
				return ""
			}
		}
		idx := parts[1:]
		if n.action == aSlice0 {
			idx = append([]string{""}, idx...)
		}
		if len(idx) == 1 {
			idx = append(idx, "")
		}
		return parts[0] + "[" + strings.Join(idx, ":") + "]"
	case typeAssertExpr: // gonotes patch (s17-errwords17)
		if len(n.child) == 2 {
			if x, t := gcExpr(n.child[0]), gcExpr(n.child[1]); x != "" && t != "" {
				return x + ".(" + t + ")"
			}
		}
	}
	return ""
}

// gcTypeDesc returns how go/types introduces a value's type t: "type int",
// "struct type T" (a defined or alias type of a composite kind), written
// with the names of n's source.
func (n *node) gcTypeDesc(t *itype) string {
	kind := ""
	rt := t.TypeOf()
	named := t.name != "" && t.path != "" || t.cat == errorT || n.isAnyType(t) || t.cat == valueT && rt != nil && rt.Name() != "" && rt.PkgPath() != ""
	if named && rt != nil {
		switch rt.Kind() {
		case reflect.Struct:
			kind = "struct "
		case reflect.Interface:
			kind = "interface "
		case reflect.Map:
			kind = "map "
		case reflect.Slice:
			kind = "slice "
		case reflect.Array:
			kind = "array "
		case reflect.Func:
			kind = "func "
		case reflect.Ptr:
			kind = "pointer "
		case reflect.Chan:
			kind = "chan "
		default:
			kind = rt.Kind().String() + " "
		}
		if t.cat == errorT || n.isAnyType(t) || isInterface(t) {
			kind = "interface "
		}
	}
	return kind + "type " + n.gcTypeStr(t)
}

// isAnyType reports whether t is the predeclared any (an alias, which
// go/types introduces with its kind: "interface type any").
func (n *node) isAnyType(t *itype) bool {
	if n == nil || n.interp == nil || n.interp.universe == nil {
		return false
	}
	s := n.interp.universe.sym["any"]
	return s != nil && s.typ == t
}

// gcOperand describes the operand o as go/types does, or returns "" when
// its expression is not known.
func gcOperand(o *node) string {
	expr := gcExpr(o)
	if expr == "" || o.typ == nil {
		return ""
	}
	// gonotes patch (s19-errwords19): the temporary of a range that
	// assigns existing variables (for n = range seq, desugared as n =
	// key·) is the variable for go/types, a value.
	if o.kind == identExpr && (o.ident == "key·" || o.ident == "value·") && o.anc != nil && o.anc.kind == assignStmt {
		if i := childPos(o) - o.anc.nleft; i >= 0 && i < o.anc.nleft {
			if x := gcExpr(o.anc.child[i]); x != "" {
				return x + " (value of " + o.gcTypeDesc(o.typ) + ")"
			}
		}
	}
	t := o.typ
	if o.rval.IsValid() && (t.untyped || o.kind == identExpr && o.sym != nil && o.sym.kind == constSym) {
		if c, ok := o.rval.Interface().(constant.Value); ok || t.untyped {
			val := ""
			if ok {
				if s := c.String(); s != expr {
					val = " " + s
				}
			}
			if t.untyped {
				return expr + " (" + o.tname(t) + " constant" + val + ")"
			}
			return expr + " (constant" + val + " of " + o.gcTypeDesc(t) + ")"
		}
	}
	// gonotes patch (s19-errwords19): a conversion of a constant to a
	// basic type is a constant (MyErr("bad"): constant "bad" of string
	// type MyErr).
	if o.kind == callExpr && o.action == aConvert && len(o.child) == 2 && !t.untyped && o.child[1].typ != nil && (o.child[1].kind == basicLit || o.child[1].typ.untyped) {
		c1 := o.child[1]
		if rt := t.TypeOf(); rt != nil && isBasicReflectKind(rt.Kind()) {
			if s := constValueString(c1.rval); s != "" {
				val := ""
				if s != expr {
					val = " " + s
				}
				return expr + " (constant" + val + " of " + o.gcTypeDesc(t) + ")"
			}
		}
	}
	mode := "value"
	switch o.kind {
	case identExpr:
		if o.sym != nil && o.sym.kind == varSym || o.sym == nil {
			mode = "variable"
		}
	case starExpr:
		mode = "variable"
	case indexExpr:
		if ct := o.child[0].typ; ct != nil {
			if rt := ct.TypeOf(); rt != nil {
				switch rt.Kind() {
				case reflect.Map:
					mode = "map index expression"
				case reflect.Slice, reflect.Ptr:
					mode = "variable"
				case reflect.Array:
					if c := o.child[0]; c.kind == identExpr {
						mode = "variable"
					}
				}
			}
		}
	case selectorExpr:
		if c := o.child[0]; c.kind == identExpr && c.typ != nil && c.typ.cat != binPkgT && c.typ.cat != srcPkgT && o.action != aGetMethod {
			mode = "variable"
		}
	}
	return expr + " (" + mode + " of " + o.gcTypeDesc(t) + ")"
}

// undefinedSelectorErr returns go/types' error for the selector n whose
// name its operand's type (n.typ) has no field or method of, or nil to
// keep the interpreter's message.
func undefinedSelectorErr(n *node) error {
	x := gcExpr(n.child[0])
	if x == "" || n.typ == nil {
		return nil
	}
	name := n.child[1].ident
	t := n.typ
	if t.cat == ptrT && t.val != nil && isInterface(t.val) {
		return n.cfgErrorf("%s.%s undefined (type %s is pointer to interface, not interface)", x, name, n.gcTypeStr(t))
	}
	hint := ""
	if other, isField := foldedMember(t, name); other != "" {
		if isField {
			hint = ", but does have field " + other
		} else {
			hint = ", but does have method " + other
		}
	}
	return n.cfgErrorf("%s.%s undefined (type %s has no field or method %s%s)", x, name, n.gcTypeStr(t), name, hint)
}

// foldedMember returns the name of a field or method of t spelled as name
// but for case, and whether it is a field.
func foldedMember(t *itype, name string) (string, bool) {
	st := t
	if st.cat == ptrT && st.val != nil {
		st = st.val
	}
	for st.cat == linkedT && st.val != nil {
		st = st.val
	}
	if st.cat == structT {
		for _, f := range st.field {
			if f.name != name && strings.EqualFold(f.name, name) {
				return f.name, true
			}
		}
	}
	for m := range t.methodSet(true, false) {
		if m != name && strings.EqualFold(m, name) {
			return m, false
		}
	}
	if rt := t.TypeOf(); rt != nil && t.cat == valueT {
		for i := 0; i < rt.NumMethod(); i++ {
			if m := rt.Method(i).Name; m != name && strings.EqualFold(m, name) {
				return m, false
			}
		}
	}
	return "", false
}

// gcTypeStr returns the name of t as go/types writes it in an error of
// the main package: the types of the notebook without "main.", byte, rune
// and any where the source wrote them (tname).
func (n *node) gcTypeStr(t *itype) string {
	if t == nil {
		return "<nil>"
	}
	if t.isNil() {
		return "untyped nil"
	}
	if s := n.gcFuncStr(t); s != "" { // gonotes patch (s19-errwords19)
		return s
	}
	if s := n.gcLiteralTypeStr(t); s != "" { // gonotes patch (s19-errwords19)
		return s
	}
	if s := n.tname(t); s != t.id() || t.untyped {
		return s
	}
	if t.name != "" || t.cat == valueT {
		return gcTypeName(t)
	}
	switch t.cat {
	case ptrT:
		return "*" + n.gcTypeStr(t.val)
	case sliceT:
		return "[]" + n.gcTypeStr(t.val)
	case arrayT:
		return "[" + strconv.Itoa(t.length) + "]" + n.gcTypeStr(t.val)
	case mapT:
		return "map[" + n.gcTypeStr(t.key) + "]" + n.gcTypeStr(t.val)
	case chanT:
		return "chan " + n.gcTypeStr(t.val)
	case chanRecvT:
		return "<-chan " + n.gcTypeStr(t.val)
	case chanSendT:
		return "chan<- " + n.gcTypeStr(t.val)
	}
	return mainQualifier.ReplaceAllString(t.id(), "$1")
}

// mainQualifier matches the package qualifier main. of a type name.
var mainQualifier = regexp.MustCompile(`(^|[^\w.])main\.`)

// logicalOperandErr returns go/types' error for an operand of && or ||
// that is not a boolean (a && b with ints ran, and panicked: "call of
// reflect.Value.Bool on int Value"), or nil.
func logicalOperandErr(n *node, op string) error {
	c0, c1 := n.child[0], n.child[1]
	isBool := func(c *node) bool {
		if c.typ == nil {
			return true
		}
		rt := c.typ.TypeOf()
		return rt == nil || rt.Kind() == reflect.Bool
	}
	switch {
	case !isBool(c0):
		if o := gcOperand(c0); o != "" {
			return n.cfgErrorf("invalid operation: operator %s not defined on %s", op, o)
		}
		return n.cfgErrorf("invalid operation: operator %s not defined on %s", op, n.gcTypeStr(c0.typ))
	case !isBool(c1):
		if x := gcExpr(n); x != "" && gcExpr(c0) != "" && gcExpr(c1) != "" {
			return n.cfgErrorf("invalid operation: %s %s %s (mismatched types %s and %s)", gcExpr(c0), op, gcExpr(c1), n.gcTypeStr(c0.typ), n.gcTypeStr(c1.typ))
		}
		return n.cfgErrorf("invalid operation: operator %s not defined on %s", op, n.gcTypeStr(c1.typ))
	}
	return nil
}

// SetStatementsInBody says whether the statements compiled next at the top
// level of a REPL input stand for a function's body that gc compiles
// (gonotes patch, s18-public18): an operation or a builtin call with a
// result used as a statement there is then gc's "... is not used" error,
// as in a function. A REPL shows the value of its input's final
// expression: the caller leaves it false for the input holding it.
func (interp *Interpreter) SetStatementsInBody(b bool) { interp.stmtsBody = b }

// inBody reports whether n, an expression statement's expression, is in a
// function body: in a func, or at the top level of statements that stand
// for one (SetStatementsInBody). gonotes patch.
func inBody(n *node) bool {
	for a := n.anc; a != nil; a = a.anc {
		if a.kind == funcDecl || a.kind == funcLit {
			return true
		}
	}
	return n.interp != nil && n.interp.stmtsBody
}

// unusedOperation returns gc's error for an operation used as a statement
// in a function ("x + 1 (value of type int) is not used"; a comparison is
// an untyped bool), which yaegi computed and dropped. At a cell's top
// level such a statement shows its value, as in a notebook, if it is the
// cell's final expression (see SetStatementsInBody).
func unusedOperation(n *node) error {
	if n.anc == nil || n.anc.kind != exprStmt || n.rval.IsValid() || n.typ == nil {
		return nil
	}
	inFunc := inBody(n)
	x := gcExpr(n)
	if !inFunc || x == "" {
		return nil
	}
	switch n.action {
	case aEqual, aNotEqual, aLower, aLowerEqual, aGreater, aGreaterEqual:
		return n.cfgErrorf("%s (untyped bool value) is not used", x)
	}
	return n.cfgErrorf("%s (value of %s) is not used", x, n.gcTypeDesc(n.typ))
}

// notCallableErr returns go/types' error for a call of a value of a basic
// type (n() with n an int), or nil.
func notCallableErr(c0 *node, sc *scope) error {
	if c0.typ == nil || c0.typ.untyped || c0.isType(sc) || c0.typ.cat == builtinT || c0.typ.cat == funcT || c0.typ.cat == genericT {
		return nil
	}
	rt := c0.typ.TypeOf()
	if rt == nil {
		return nil
	}
	switch rt.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
	default:
		return nil
	}
	o := gcOperand(c0)
	if o == "" {
		return nil
	}
	return c0.cfgErrorf("invalid operation: cannot call %s: %s is not a function", o, c0.gcTypeStr(c0.typ))
}

// unexportedFieldErr returns go/types' error for a selector naming an
// unexported field of a struct type of a compiled package (b.buf with b a
// strings.Builder), which failed at run time ("cannot return value
// obtained from unexported field"), or nil. The struct types the notebook
// declares are left alone: their runtime types have no package path, or
// main's.
func unexportedFieldErr(n *node, st reflect.Type, f reflect.StructField) error {
	if f.PkgPath == "" || st.Name() == "" || st.PkgPath() == "" || st.PkgPath() == "main" || strings.Contains(st.PkgPath(), "yaegi") || f.PkgPath != st.PkgPath() {
		return nil
	}
	x := gcExpr(n.child[0])
	if x == "" {
		return nil
	}
	return n.cfgErrorf("%s.%s undefined (cannot refer to unexported field %s)", x, f.Name, f.Name)
}

// inConstDecl reports whether n is in a constant declaration.
func inConstDecl(n *node) bool {
	for a := n.anc; a != nil; a = a.anc {
		switch a.kind {
		case constDecl:
			return true
		case funcDecl, funcLit, fileStmt, blockStmt:
			return false
		}
	}
	return false
}

// heldConst returns the constant that v holds, or nil (v may be the
// zero Value of a node that is not constant).
func heldConst(v reflect.Value) constant.Value {
	if !v.IsValid() {
		return nil
	}
	return vConstantValue(v)
}

// binUndefinedErr returns go/types' error for the selector n of a name
// that the compiled type of its operand has neither as a field nor as a
// method (yaegi said "undefined method: lock"): "mu.lock undefined (type
// "sync".Mutex has no field or method lock, but does have method Lock)".
// gonotes patch (s18-errwords18).
func binUndefinedErr(n *node, name string) error {
	x := gcExpr(n.child[0])
	rt := n.typ.TypeOf()
	if x == "" || rt == nil {
		return n.cfgErrorf("undefined method: %s", name)
	}
	hint := ""
	for _, t := range []reflect.Type{rt, reflect.PointerTo(rt)} {
		for i := 0; i < t.NumMethod() && hint == ""; i++ {
			if m := t.Method(i).Name; m != name && strings.EqualFold(m, name) {
				hint = ", but does have method " + m
			}
		}
	}
	if st := rt; hint == "" && st.Kind() == reflect.Struct {
		for i := 0; i < st.NumField(); i++ {
			if f := st.Field(i); f.IsExported() && f.Name != name && strings.EqualFold(f.Name, name) {
				hint = ", but does have field " + f.Name
				break
			}
		}
	}
	return n.cfgErrorf("%s.%s undefined (type %s has no field or method %s%s)", x, name, gcBinTypeStr(rt), name, hint)
}

// gcBinTypeStr returns the name of the compiled type rt as go/types writes
// it in an error: gc qualifies sync's types by path ("sync".Mutex), as
// internal/sync is a package named sync too. gonotes patch
// (s18-errwords18).
func gcBinTypeStr(rt reflect.Type) string {
	ts := rt.String()
	if strings.HasPrefix(ts, "sync.") {
		ts = `"sync".` + strings.TrimPrefix(ts, "sync.")
	}
	return ts
}

// notIndexableErr returns go/types' error for the index expression n of
// an operand of type t that cannot be indexed: a number, a bool, a
// pointer to anything but an array ("cannot index x (variable of type
// int)"); else nil. gonotes patch (s18-errwords18): they panicked the
// CFG ("nil type").
func notIndexableErr(n *node, t *itype) error {
	bad := false
	switch t.cat {
	case boolT, intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT,
		float32T, float64T, complex64T, complex128T:
		bad = true
	case ptrT:
		if tv := t.val; tv != nil {
			for tv.cat == linkedT && tv.val != nil {
				tv = tv.val
			}
			switch tv.cat {
			case sliceT, mapT, stringT, boolT, intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, float32T, float64T, structT:
				bad = true
			case valueT:
				if rt := tv.rtype; rt != nil && rt.Kind() != reflect.Array {
					bad = true
				}
			}
		}
	}
	if !bad {
		return nil
	}
	if o := gcOperand(n.child[0]); o != "" {
		return n.cfgErrorf("cannot index %s", o)
	}
	return nil
}

// gcFuncStr returns the unnamed func type t of the source as go/types
// writes it, with its parameters' names (func(yield func(int) bool)) and
// ", " between parameters, or "" if t is not one. gonotes patch
// (s19-errwords19): the type was written "func(func(int,int) bool)".
func (n *node) gcFuncStr(t *itype) string {
	if t == nil || t.cat != funcT || t.name != "" || t.node == nil || t.node.kind != funcType || len(t.node.child) < 2 {
		return ""
	}
	fn := t.node
	list := func(fl *node, types []*itype) (string, int, bool) {
		var b strings.Builder
		i, named := 0, false
		for _, f := range fl.child {
			cl := len(f.child) - 1
			names := f.child[:cl]
			if cl == 0 {
				names = []*node{nil}
			}
			for _, nm := range names {
				if i >= len(types) {
					return "", 0, false
				}
				if i > 0 {
					b.WriteString(", ")
				}
				if nm != nil {
					named = true
					b.WriteString(nm.ident + " ")
				}
				at := types[i]
				if at.cat == variadicT {
					b.WriteString("..." + n.gcTypeStr(at.val))
				} else {
					b.WriteString(n.gcTypeStr(at))
				}
				i++
			}
		}
		return b.String(), i, named
	}
	params, np, _ := list(fn.child[1], t.arg)
	if np != len(t.arg) {
		return ""
	}
	s := "func(" + params + ")"
	if len(fn.child) > 2 && len(t.ret) > 0 {
		rets, nr, named := list(fn.child[2], t.ret)
		if nr != len(t.ret) {
			return ""
		}
		if nr == 1 && !named {
			s += " " + rets
		} else {
			s += " (" + rets + ")"
		}
	}
	return s
}

// constValueString returns the constant value that v holds as go/types
// writes it ("a" quoted, 0.5, 97 for 'a'), or "". gonotes patch
// (s19-errwords19).
func constValueString(v reflect.Value) string {
	if !v.IsValid() {
		return ""
	}
	if c := heldConst(v); c != nil {
		return c.String()
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int()).String()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint()).String()
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float()).String()
	case reflect.String:
		return constant.MakeString(v.String()).String()
	case reflect.Bool:
		return constant.MakeBool(v.Bool()).String()
	}
	return ""
}

// gcLiteralTypeStr returns the struct or interface type literal t (no
// name) as go/types writes it, struct{X int; Y string}, interface{M()},
// or "" (a field with a tag, an embedded interface, an empty interface).
// gonotes patch (s19-errwords19): "struct { X int }".
func (n *node) gcLiteralTypeStr(t *itype) string {
	if t == nil || t.name != "" || t.incomplete {
		return ""
	}
	var parts []string
	switch t.cat {
	case structT:
		for _, f := range t.field {
			if f.tag != "" || f.typ == nil {
				return ""
			}
			if f.embed {
				parts = append(parts, n.gcTypeStr(f.typ))
				continue
			}
			parts = append(parts, f.name+" "+n.gcTypeStr(f.typ))
		}
		return "struct{" + strings.Join(parts, "; ") + "}"
	case interfaceT:
		if len(t.field) == 0 || len(t.constraint) > 0 || len(t.ulconstraint) > 0 {
			return ""
		}
		for _, f := range t.field {
			if f.embed || f.typ == nil || f.typ.cat != funcT {
				return ""
			}
			sig := n.gcTypeStr(f.typ)
			if !strings.HasPrefix(sig, "func(") {
				return ""
			}
			parts = append(parts, f.name+strings.TrimPrefix(sig, "func"))
		}
		return "interface{" + strings.Join(parts, "; ") + "}"
	}
	return ""
}
