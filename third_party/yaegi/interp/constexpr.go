package interp

import "reflect"

// gonotes patch (s19-errwords19): the value of a constant declaration
// that is not a constant expression (const n = limit * 2, const r =
// math.Sqrt(2) in a function, const n = len(xs) with xs a slice) is gc's
// error "... is not constant"; it compiled as a variable, or crashed in
// the constant evaluation of len.

// notConstExpr reports whether the expression n is surely not a constant
// expression: it reads a variable, indexes or slices, calls a function
// or a builtin other than those Go evaluates at compile time. When
// unsure it reports false, so that a valid constant is never refused.
func notConstExpr(n *node, sc *scope) bool {
	switch n.kind {
	case identExpr:
		if n.sym != nil {
			return n.sym.kind == varSym
		}
		if sym, _, ok := sc.lookup(n.ident); ok {
			return sym.kind == varSym
		}
	case parenExpr:
		return len(n.child) == 1 && notConstExpr(n.child[0], sc)
	case unaryExpr:
		if n.action == aRecv {
			return true
		}
		return len(n.child) == 1 && notConstExpr(n.child[0], sc)
	case binaryExpr:
		return len(n.child) == 2 && (notConstExpr(n.child[0], sc) || notConstExpr(n.child[1], sc))
	case indexExpr, sliceExpr, compositeLitExpr, funcLit, addressExpr, starExpr, typeAssertExpr:
		return true
	case selectorExpr:
		// A field of a variable (p.X); a package's member is left alone.
		return len(n.child) == 2 && n.child[0].kind == identExpr && notConstExpr(n.child[0], sc)
	case callExpr:
		if len(n.child) == 0 {
			return false
		}
		c0 := n.child[0]
		if c0.isType(sc) {
			// A conversion is constant if its argument is, to a
			// basic type.
			if len(n.child) != 2 {
				return false
			}
			if t := n.typ; t != nil {
				if rt := t.TypeOf(); rt != nil && !isBasicReflectKind(rt.Kind()) {
					return true
				}
			}
			return notConstExpr(n.child[1], sc)
		}
		if isBuiltinCall(n, sc) {
			switch builtinName(c0, sc) {
			case bltnLen, bltnCap:
				if len(n.child) != 2 {
					return false
				}
				a := n.child[1]
				if a.typ == nil {
					return false
				}
				rt := a.typ.TypeOf()
				for rt != nil && rt.Kind() == reflect.Ptr {
					rt = rt.Elem()
				}
				switch {
				case rt == nil:
					return false
				case rt.Kind() == reflect.String:
					return notConstExpr(a, sc) || a.kind == callExpr && !a.rval.IsValid()
				case rt.Kind() == reflect.Array:
					return hasCallOrRecv(a)
				}
				return true
			case bltnComplex, bltnReal, bltnImag, bltnMin, bltnMax:
				for _, c := range n.child[1:] {
					if notConstExpr(c, sc) {
						return true
					}
				}
				return false
			case bltnAlignof, bltnOffsetof, bltnSizeof:
				return false
			}
			return true
		}
		t := c0.typ
		return t != nil && (t.cat == funcT || t.cat == valueT && t.rtype != nil && t.rtype.Kind() == reflect.Func)
	}
	return false
}

// hasCallOrRecv reports whether the expression n has a function call or
// a channel receive (len of an array is then not constant).
func hasCallOrRecv(n *node) bool {
	found := false
	n.Walk(func(c *node) bool {
		if c.kind == callExpr || c.kind == unaryExpr && c.action == aRecv {
			found = true
		}
		return !found
	}, nil)
	return found
}

// notConstantErr returns gc's error for the value src of a constant
// declaration that is not a constant expression, or nil.
func notConstantErr(src *node, sc *scope) error {
	if !notConstExpr(src, sc) {
		return nil
	}
	// An operation of a variable and an untyped constant (limit * 2) is
	// of the variable's type.
	if src.typ != nil && src.typ.untyped && src.kind == binaryExpr && len(src.child) == 2 {
		for _, c := range src.child {
			if c.typ != nil && !c.typ.untyped {
				typed := *src
				typed.typ = c.typ
				src = &typed
				break
			}
		}
	}
	// A variable that the global analysis declared from a constant (var
	// limit = 10) is of the constant's default type.
	if src.typ != nil && src.typ.untyped {
		typed := *src
		typed.typ = src.typ.defaultType(reflect.Value{}, sc)
		src = &typed
	}
	if o := gcOperand(src); o != "" {
		return src.cfgErrorf("%s is not constant", o)
	}
	return nil
}

// constDeclValue returns the value expression of the constant
// declaration that n is part of (the child of the define statement), or
// nil.
func constDeclValue(n *node) *node {
	for c := n; c.anc != nil; c = c.anc {
		if c.anc.kind == defineStmt {
			if c.anc.anc != nil && c.anc.anc.kind == constDecl {
				return c
			}
			return nil
		}
		switch c.anc.kind {
		case funcLit, funcDecl, blockStmt:
			return nil
		}
	}
	return nil
}
