package interp

// gonotes patch (s17-errwords17): compile errors in go/types' words for
// mistakes the interpreter refused in its own words, or accepted: a
// duplicate case constant of an expression switch, an impossible type
// assertion, a defer of a conversion or of a builtin whose result is
// discarded.

import (
	"fmt"
	"go/constant"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// duplicateCaseErr returns go/types' error for a constant listed twice
// among the cases of expression switch n ("duplicate case 1 (constant of
// type int) in expression switch"): two constants of identical types and
// equal values, once converted to the tag's type (an interface tag keeps
// each constant's default type).
func duplicateCaseErr(n *node, clauses []*node) error {
	if n.kind != switchStmt || len(n.child) < 2 {
		return nil
	}
	tag := n.child[len(n.child)-2]
	if tag.typ == nil || tag.kind == defineStmt || tag.kind == assignStmt {
		return nil
	}
	seen := map[string]bool{}
	for _, c := range clauses {
		for _, v := range c.child {
			if v.kind == caseBody || v.typ == nil || !v.rval.IsValid() || v.typ.cat == nilT {
				continue
			}
			if !(v.kind == basicLit || v.typ.untyped || v.kind == identExpr && v.sym != nil && v.sym.kind == constSym || v.kind == binaryExpr || v.kind == parenExpr || v.kind == unaryExpr) { // gonotes patch (s19-errwords19): and a constant operation (case 1 + 1)
				continue
			}
			x := gcExpr(v)
			if x == "" {
				continue
			}
			t := tag.typ
			if isInterface(t) {
				t = v.typ
			}
			val, ok := constText(v.rval)
			if !ok {
				continue
			}
			tn := v.gcTypeStr(t)
			if t.untyped {
				tn = untypedDefault[v.tname(t)]
				if tn == "" {
					continue
				}
			}
			key := tn + "\x00" + val
			if seen[key] {
				// gonotes patch (s19-errwords19): a defined type with
				// its kind, "constant of int type State".
				td := "type " + tn
				if !t.untyped {
					td = v.gcTypeDesc(t)
				}
				desc := "constant of " + td
				if val != x {
					desc = "constant " + val + " of " + td
				}
				return v.cfgErrorf("duplicate case %s (%s) in expression switch", x, desc)
			}
			seen[key] = true
		}
	}
	return nil
}

// untypedDefault is the default type of an untyped constant's type.
var untypedDefault = map[string]string{
	"untyped int": "int", "untyped float": "float64", "untyped rune": "rune",
	"untyped complex": "complex128", "untyped string": "string", "untyped bool": "bool",
}

// constText returns the value of constant v as go/types prints it.
func constText(v reflect.Value) (string, bool) {
	if c := heldConst(v); c != nil {
		if c.Kind() == constant.Float {
			if i := constant.ToInt(c); i.Kind() == constant.Int {
				if f, ok := constant.Float64Val(c); ok && f >= -1e21 && f <= 1e21 && f == float64(int64(f)) {
					return i.ExactString(), true
				}
			}
		}
		return c.String(), true
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10), true
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float()).String(), true
	case reflect.String:
		return strconv.Quote(v.String()), true
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	}
	return "", false
}

var (
	assertMissingRe = regexp.MustCompile(`\(missing (\w+) method\)`)
	assertPtrRe     = regexp.MustCompile(`as "(\w+)" method has a pointer receiver`)
	assertWrongRe   = regexp.MustCompile(`\(wrong type for method \w+\)`)
)

// impossibleAssertErr rewrites the interpreter's error err for the type
// assertion n (operand c0, type c1) that cannot succeed in go/types'
// words: "impossible type assertion: x.(T)\n\tT does not implement I
// (missing method M)".
func impossibleAssertErr(n, c0, c1 *node, err error) error {
	msg := err.Error()
	if !strings.Contains(msg, "impossible type assertion: ") || c0.typ == nil || c1.typ == nil {
		return err
	}
	x, t := gcExpr(c0), gcExpr(c1)
	if x == "" || t == "" {
		return err
	}
	reason := ""
	if m := assertMissingRe.FindStringSubmatch(msg); m != nil {
		reason = " (missing method " + m[1] + ")"
	} else if m := assertPtrRe.FindStringSubmatch(msg); m != nil {
		reason = " (method " + m[1] + " has pointer receiver)"
	} else if m := assertWrongRe.FindString(msg); m != "" {
		reason = " " + m
	}
	return n.cfgErrorf("impossible type assertion: %s.(%s)\n\t%s does not implement %s%s", x, t, c1.gcTypeStr(c1.typ), c0.gcTypeStr(c0.typ), reason)
}

// discardedBuiltins are the builtins whose result a defer or go statement
// may not discard.
var discardedBuiltins = map[string]bool{
	"append": true, "cap": true, "complex": true, "imag": true, "len": true, "make": true,
	"max": true, "min": true, "new": true, "real": true,
}

// deferCallErr returns go/types' error for the defer or go statement n
// whose call is a conversion ("defer requires function call, not
// conversion int(1) (constant 1 of type int)") or a builtin with a result
// ("defer discards result of len(s) (value of type int)").
func deferCallErr(n *node, sc *scope) error {
	if len(n.child) == 0 {
		return nil
	}
	c := n.child[0]
	if c.kind != callExpr || len(c.child) == 0 {
		return nil
	}
	word := "defer"
	if n.kind == goStmt {
		word = "go"
	}
	f := c.child[0]
	if isConversionCall(c) {
		if x := gcExpr(c); x != "" && c.typ != nil && (c.rval.IsValid() || c.child[1].rval.IsValid()) {
			rv := c.rval
			if !rv.IsValid() {
				rv = c.child[1].rval
			}
			if val, ok := constText(rv); ok {
				return c.cfgErrorf("%s requires function call, not conversion %s (constant %s of %s)", word, x, val, c.gcTypeDesc(c.typ))
			}
		}
		if o := gcOperand(c); o != "" {
			return c.cfgErrorf("%s requires function call, not conversion %s", word, o)
		}
		return nil
	}
	if f.kind == identExpr && discardedBuiltins[f.ident] && isBuiltinCall(c, sc) {
		if o := gcOperand(c); o != "" {
			return c.cfgErrorf("%s discards result of %s", word, o)
		}
		return c.cfgErrorf("%s discards result of %s", word, fmt.Sprint(f.ident, "(…)"))
	}
	return nil
}

// typeParamDeclaredAt returns " (declared at L:C)", the position of the
// type parameter name in the type parameter list of the func type node
// ft, as go/types adds it to "cannot infer T"; "" if not found.
func typeParamDeclaredAt(ft *node, name string) string {
	if ft == nil || len(ft.child) == 0 || ft.interp == nil {
		return ""
	}
	for _, field := range ft.child[0].child {
		for _, id := range field.child {
			if id.kind == identExpr && id.ident == name {
				pos := id.interp.fset.Position(id.pos)
				s := pos.String()
				if pos.Filename == DefaultSourceName {
					s = strings.TrimPrefix(s, DefaultSourceName+":")
				}
				return " (declared at " + s + ")"
			}
		}
	}
	return ""
}

// genericValueErr returns go/types' error for the generic func n used as
// a value without instantiation: "cannot use generic function Map without
// instantiation" in a declaration without a type, or as the argument of
// an interface parameter ("in call to fmt.Println, cannot infer T
// (declared at 5:10)"). It returns nil where the type arguments may be
// inferred (from a func type: of a parameter, a variable, a result) or
// are given.
func genericValueErr(n *node) error {
	t := n.typ
	if t == nil || t.cat != funcT || !isGeneric(t) || n.anc == nil {
		return nil
	}
	a, pos := n.anc, childPos(n)
	switch a.kind {
	case indexExpr, indexListExpr:
		if pos == 0 {
			return nil
		}
	case callExpr:
		if pos == 0 {
			return nil
		}
		f := a.child[0]
		if f.typ == nil || isGeneric(f.typ) {
			return nil
		}
		pt := paramTypeAt(f.typ, pos-1)
		if pt == nil || pt.Kind() != reflect.Interface {
			return nil
		}
		name := ""
		if tp := t.node.child[0]; len(tp.child) > 0 && len(tp.child[0].child) > 1 {
			name = tp.child[0].child[0].ident
		}
		fname := gcExpr(f)
		if name == "" || fname == "" {
			return nil
		}
		return a.cfgErrorf("in call to %s, cannot infer %s%s", fname, name, typeParamDeclaredAt(t.node, name))
	case binaryExpr, rangeStmt:
		// gonotes patch (s19-errwords19): an operand (Map<int>(1) is
		// Map < int > 1), or the operand of a range.
	case defineStmt:
		// x := Map, var x = Map: no type to infer the type arguments from
		// (var f func(int) int = Double infers them).
		if pos < a.nleft {
			return nil
		}
		if a.nleft+a.nright != len(a.child) {
			// gonotes patch (s20-public20): nor from an interface type
			// (var f any = Map).
			if a.nleft+a.nright+1 != len(a.child) || pos <= a.nleft {
				return nil
			}
			if vt := a.child[a.nleft].typ; vt == nil || !isInterface(vt) {
				return nil
			}
		}
	default:
		return nil
	}
	name := n.ident
	if n.kind == selectorExpr { // gonotes patch (s20-public20): slices.Reverse
		name = gcExpr(n)
	}
	return n.cfgErrorf("cannot use generic function %s without instantiation", name)
}

// paramTypeAt returns the runtime type of parameter i of func type t (the
// element type of a variadic parameter), or nil.
func paramTypeAt(t *itype, i int) reflect.Type {
	rt := t.TypeOf()
	if rt == nil || rt.Kind() != reflect.Func {
		return nil
	}
	if rt.IsVariadic() && i >= rt.NumIn()-1 {
		return rt.In(rt.NumIn() - 1).Elem()
	}
	if i < rt.NumIn() {
		return rt.In(i)
	}
	return nil
}

// mapKeyErr returns go/types' error for the map type n whose key type key
// is not comparable ("invalid map key type Path"); reflect.MapOf panicked
// on it.
func mapKeyErr(n *node, key *itype) error {
	if key == nil || key.incomplete {
		return nil
	}
	rt := key.TypeOf()
	if rt == nil || rt.Comparable() {
		return nil
	}
	name := gcExpr(n.child[0])
	if name == "" {
		name = n.gcTypeStr(key)
	}
	return n.child[0].cfgErrorf("invalid map key type %s", name)
}

// invalidRecvErr returns go/types' error for the receiver type rtn of a
// method declaration that cannot have methods: a type literal ("invalid
// receiver type []int"), a pointer to a pointer, or a type of another
// package ("cannot define new methods on non-local type time.Duration").
func invalidRecvErr(rtn *node) error {
	t := rtn
	if t.kind == starExpr && len(t.child) == 1 {
		t = t.child[0]
	}
	switch t.kind {
	case arrayType, mapType, chanType, funcType, interfaceType, structType, starExpr:
		x := gcExpr(rtn)
		if x == "" {
			return nil
		}
		return rtn.cfgErrorf("invalid receiver type %s", x)
	case selectorExpr:
		if x := gcExpr(t); x != "" {
			return rtn.cfgErrorf("cannot define new methods on non-local type %s", x)
		}
	}
	return nil
}
