package interp

// gonotes patch (whole file): types named in compile errors as go/types
// names them. byte and rune are aliases of uint8 and int32, and the
// interpreter's types of both are identical (their id is uint8, int32), but
// go/types keeps the alias a declaration wrote: a []byte parameter is
// "[]byte" in its errors, not "[]uint8". See PATCHES.md, "byte and rune in
// compile errors".

import "strings"

// tname returns the name of t for an error at n: t.id(), with byte and
// rune where the source of t wrote them (the predeclared byte and rune, or
// a type expression with them such as []byte or map[string]rune).
func (n *node) tname(t *itype) string {
	if t == nil {
		return "<nil>"
	}
	id := t.id()
	if n != nil && n.interp != nil && n.interp.universe != nil {
		u := n.interp.universe.sym
		if s := u["byte"]; s != nil && t == s.typ {
			return "byte"
		}
		if s := u["rune"]; s != nil && t == s.typ {
			return "rune"
		}
		if s := u["any"]; s != nil && t == s.typ {
			return "any" // gonotes patch (s15-noticeda): as go/types names the alias (interface{} written so stays interface{})
		}
	}
	if t.node == nil || (!strings.Contains(id, "uint8") && !strings.Contains(id, "int32")) {
		return id
	}
	// A type written with byte or rune: its source, if it names the same
	// type (the aliases replaced).
	if s, ok := typeExprString(t.node, 0); ok && s != id && unaliasTypeString(s) == id {
		return s
	}
	return id
}

// typeExprString returns the source of the type expression n, for the
// forms whose id the interpreter writes the same way.
func typeExprString(n *node, depth int) (string, bool) {
	if n == nil || depth > 8 {
		return "", false
	}
	child := func(i int) (string, bool) {
		if i >= len(n.child) {
			return "", false
		}
		return typeExprString(n.child[i], depth+1)
	}
	switch n.kind {
	case identExpr:
		return n.ident, n.ident != ""
	case arrayType:
		if len(n.child) != 1 {
			return "", false
		}
		s, ok := child(0)
		return "[]" + s, ok
	case starExpr:
		s, ok := child(0)
		return "*" + s, ok
	case mapType:
		k, ok1 := child(0)
		v, ok2 := child(1)
		return "map[" + k + "]" + v, ok1 && ok2
	case chanType:
		s, ok := child(0)
		return "chan " + s, ok
	case chanTypeRecv:
		s, ok := child(0)
		return "<-chan " + s, ok
	case chanTypeSend:
		s, ok := child(0)
		return "chan<- " + s, ok
	}
	return "", false
}

// unaliasTypeString replaces the words byte and rune of s by uint8 and
// int32.
func unaliasTypeString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		switch w := s[i:j]; w {
		case "byte":
			b.WriteString("uint8")
		case "rune":
			b.WriteString("int32")
		default:
			b.WriteString(w)
		}
		i = j
	}
	return b.String()
}

// gcTypeName is gcTypeName(t) with byte and rune where the source of t
// wrote them.
func (n *node) gcTypeName(t *itype) string {
	if s := n.tname(t); t != nil && s != t.id() {
		return s
	}
	return gcTypeName(t)
}

// funcSigSrc returns the unnamed func type t as go/types writes it, with
// the names of its parameters and results ("func(s string) int64",
// "func() (name string, err error)", "func(a int, b int, xs ...string)
// (n int)"), from ft, the type expression that declared it (t.node if
// nil); ok is false when ft is not t's func type expression. gonotes
// patch (s15-noticeda).
func (n *node) funcSigSrc(t *itype, ft *node) (string, bool) {
	if t == nil || t.cat != funcT || t.name != "" {
		return "", false
	}
	if ft == nil {
		ft = t.node
	}
	if ft == nil || ft.kind != funcType || len(ft.child) < 2 {
		return "", false
	}
	params, np, ok := n.fieldsSrc(ft.child[1], t.arg)
	if !ok || np != len(t.arg) {
		return "", false
	}
	s := "func(" + params + ")"
	if len(ft.child) < 3 || len(t.ret) == 0 {
		return s, len(t.ret) == 0
	}
	results, nr, ok := n.fieldsSrc(ft.child[2], t.ret)
	if !ok || nr != len(t.ret) {
		return "", false
	}
	if nr == 1 && len(ft.child[2].child) == 1 && len(ft.child[2].child[0].child) < 2 {
		return s + " " + results, true // one unnamed result
	}
	return s + " (" + results + ")", true
}

// fieldsSrc returns the parameters or results of the field list fl, of
// types ts, as go/types writes them (each name with its type), and their
// count.
func (n *node) fieldsSrc(fl *node, ts []*itype) (string, int, bool) {
	var parts []string
	k := 0
	for _, f := range fl.child {
		names := f.child[:len(f.child)-1]
		if len(f.child) < 2 {
			names = []*node{nil}
		}
		for _, name := range names {
			if k >= len(ts) {
				return "", 0, false
			}
			typ := n.gcTypeName(ts[k])
			if name != nil && name.ident != "" {
				typ = name.ident + " " + typ
			}
			parts = append(parts, typ)
			k++
		}
	}
	return strings.Join(parts, ", "), k, true
}
