package interp

import (
	"reflect" // gonotes patch
	"strings"
	"sync/atomic"
)

// adot produces an AST dot(1) directed acyclic graph for the given node. For debugging only.
// func (n *node) adot() { n.astDot(dotWriter(n.interp.dotCmd), n.ident) }

// genAST returns a new AST where generic types are replaced by instantiated types.
func genAST(sc *scope, root *node, types []*itype) (*node, bool, error) {
	typeParam := map[string]*node{}
	pindex := 0
	tname := ""
	rtname := ""
	recvrPtr := false
	fixNodes := []*node{}
	var gtree func(*node, *node) (*node, error)
	sname := root.child[0].ident + "["
	if root.kind == funcDecl {
		sname = root.child[1].ident + "["
	}

	// Input type parameters must be resolved prior AST generation, as compilation
	// of generated AST may occur in a different scope.
	for _, t := range types {
		sname += t.id() + ","
	}
	sname = strings.TrimSuffix(sname, ",") + "]"

	gtree = func(n, anc *node) (*node, error) {
		nod := copyNode(n, anc, false)
		switch n.kind {
		case funcDecl, funcType:
			nod.val = nod

		case identExpr:
			// Replace generic type by instantiated one.
			nt, ok := typeParam[n.ident]
			if !ok {
				break
			}
			nod = copyNode(nt, anc, true)
			nod.typ = nt.typ

		case indexExpr:
			// Catch a possible recursive generic type definition
			if root.kind != typeSpec {
				break
			}
			if root.child[0].ident != n.child[0].ident {
				break
			}
			nod := copyNode(n.child[0], anc, false)
			fixNodes = append(fixNodes, nod)
			return nod, nil

		case fieldList:
			//  Node is the type parameters list of a generic function.
			if root.kind == funcDecl && n.anc == root.child[2] && childPos(n) == 0 {
				// Fill the types lookup table used for type substitution.
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						t, err := nodeType(c.interp, sc, c.child[l])
						if err != nil {
							return nil, err
						}
						if err := checkConstraint(types[pindex], t); err != nil {
							return nil, err
						}
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = types[pindex].id()
						typeParam[cc.ident].typ = types[pindex]
						pindex++
					}
				}
				// Skip type parameters specification, so generated func doesn't look generic.
				return nod, nil
			}

			// Node is the receiver of a generic method.
			if root.kind == funcDecl && n.anc == root && childPos(n) == 0 && len(n.child) > 0 {
				rtn := n.child[0].child[1]
				// Method receiver is a generic type if it takes some type parameters.
				if rtn.kind == indexExpr || rtn.kind == indexListExpr || (rtn.kind == starExpr && (rtn.child[0].kind == indexExpr || rtn.child[0].kind == indexListExpr)) {
					if rtn.kind == starExpr {
						// Method receiver is a pointer on a generic type.
						rtn = rtn.child[0]
						recvrPtr = true
					}
					rtname = rtn.child[0].ident + "["
					for _, cc := range rtn.child[1:] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = it.id()
						typeParam[cc.ident].typ = it
						rtname += it.id() + ","
						pindex++
					}
					rtname = strings.TrimSuffix(rtname, ",") + "]"
				}
			}

			// Node is the type parameters list of a generic type.
			if root.kind == typeSpec && n.anc == root && childPos(n) == 1 {
				// Fill the types lookup table used for type substitution.
				tname = n.anc.child[0].ident + "["
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						t, err := nodeType(c.interp, sc, c.child[l])
						if err != nil {
							return nil, err
						}
						if err := checkConstraint(types[pindex], t); err != nil {
							return nil, err
						}
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = it.id()
						typeParam[cc.ident].typ = it
						tname += it.id() + ","
						pindex++
					}
				}
				tname = strings.TrimSuffix(tname, ",") + "]"
				return nod, nil
			}
		}

		for _, c := range n.child {
			gn, err := gtree(c, nod)
			if err != nil {
				return nil, err
			}
			nod.child = append(nod.child, gn)
		}
		return nod, nil
	}

	if nod, found := root.interp.generic[sname]; found {
		return nod, true, nil
	}

	r, err := gtree(root, root.anc)
	if err != nil {
		return nil, false, err
	}
	root.interp.generic[sname] = r
	r.param = append(r.param, types...)
	if tname != "" {
		for _, nod := range fixNodes {
			nod.ident = tname
		}
		r.child[0].ident = tname
	}
	if rtname != "" {
		// Replace method receiver type by synthetized ident.
		nod := r.child[0].child[0].child[1]
		if recvrPtr {
			nod = nod.child[0]
		}
		nod.kind = identExpr
		nod.ident = rtname
		nod.child = nil
	}
	// r.adot() // Used for debugging only.
	return r, false, nil
}

func copyNode(n, anc *node, recursive bool) *node {
	var i interface{}
	nindex := atomic.AddInt64(&n.interp.nindex, 1)
	nod := &node{
		debug:  n.debug,
		anc:    anc,
		interp: n.interp,
		index:  nindex,
		level:  n.level,
		nleft:  n.nleft,
		nright: n.nright,
		kind:   n.kind,
		pos:    n.pos,
		action: n.action,
		gen:    n.gen,
		val:    &i,
		rval:   n.rval,
		ident:  n.ident,
		meta:   n.meta,
	}
	nod.start = nod
	if recursive {
		for _, c := range n.child {
			nod.child = append(nod.child, copyNode(c, nod, true))
		}
	}
	return nod
}

// inferTypesFromCall returns the type arguments of a call of generic
// function fun, in the order of its type parameters.
//
// gonotes patch: upstream returned the types met while walking the
// parameters, in that order and with repeats (Map(xs []T, f func(T) U) gave
// [T, T, U]), so a func literal argument got the wrong type; variadic
// parameters were not walked, and untyped constant arguments did not get
// their default type. Types are now bound per type parameter name: a typed
// argument wins over an untyped constant, untyped constants bound to the
// same parameter take the largest kind (int < rune < float < complex) and
// then their default type, as in Go.
func inferTypesFromCall(sc *scope, fun *node, args []*node, explicit ...*itype) ([]*itype, error) {
	ftn := fun.typ.node
	// Fill the map of parameter types, indexed by type param ident.
	paramTypes := map[string]*itype{}
	var names []string
	for _, c := range ftn.child[0].child {
		typ, err := nodeType(fun.interp, sc, c.lastChild())
		if err != nil {
			return nil, err
		}
		for _, cc := range c.child[:len(c.child)-1] {
			paramTypes[cc.ident] = typ
			names = append(names, cc.ident)
		}
	}

	bound := map[string]*itype{}
	for i, t := range explicit {
		if i < len(names) {
			bound[names[i]] = t
		}
	}
	bind := func(name string, input *itype) {
		if _, ok := paramTypes[name]; !ok || input == nil {
			return
		}
		old := bound[name]
		switch {
		case old == nil:
			bound[name] = input
		case old.untyped && !input.untyped:
			bound[name] = input
		case old.untyped && input.untyped && untypedRank(input) > untypedRank(old):
			bound[name] = input
		}
	}

	var inferTypes func(*itype, *itype)
	inferTypes = func(param, input *itype) {
		if param == nil || input == nil {
			return
		}
		switch param.cat {
		case chanT, ptrT, sliceT, arrayT:
			inferTypes(param.val, input.val)

		case variadicT:
			inferTypes(param.val, input)

		case mapT:
			inferTypes(param.key, input.key)
			inferTypes(param.val, input.val)

		case structT:
			for i, f := range param.field {
				if i < len(input.field) {
					inferTypes(f.typ, input.field[i].typ)
				}
			}

		case funcT:
			for i, t := range param.arg {
				if i < len(input.arg) {
					inferTypes(t, input.arg[i])
				}
			}
			for i, t := range param.ret {
				if i < len(input.ret) {
					inferTypes(t, input.ret[i])
				}
			}

		case nilT, genericT:
			bind(param.name, input)
		}
	}

	var params []*itype
	for _, c := range ftn.child[1].child {
		typ, err := nodeType(fun.interp, sc, c.lastChild())
		if err != nil {
			return nil, err
		}
		// A parameter list "a, b T" declares several parameters.
		for k := 0; k < len(c.child)-1 || k == 0 && len(c.child) == 1; k++ {
			params = append(params, typ)
		}
	}
	for i, a := range args {
		var pt *itype
		switch {
		case i < len(params):
			pt = params[i]
		case len(params) > 0 && params[len(params)-1].cat == variadicT:
			pt = params[len(params)-1]
		default:
			continue
		}
		if pt.cat == variadicT && i == len(params)-1 && a.typ != nil && a.typ.cat == sliceT && len(args) == len(params) && isEllipsisArg(a) {
			inferTypes(pt.val, a.typ.val)
			continue
		}
		inferTypes(pt, a.typ)
	}

	types := []*itype{}
	for _, name := range names {
		t := bound[name]
		if t == nil {
			break // the remaining type arguments are given explicitly, or missing
		}
		if t.untyped {
			t = t.defaultType(t.node.rvalOrInvalid(), sc)
		}
		types = append(types, t)
	}
	return types, nil
}

// typeParamCount returns the number of type parameters of generic func
// declaration fun.
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

// untypedRank orders the kinds of untyped numeric constants.
func untypedRank(t *itype) int {
	switch t.cat {
	case int32T:
		return 1
	case float32T, float64T:
		return 2
	case complex64T, complex128T:
		return 3
	}
	return 0
}

// isEllipsisArg reports whether a is the last argument of a call written
// with "...".
func isEllipsisArg(a *node) bool {
	return a.anc != nil && a.anc.action == aCallSlice
}

// rvalOrInvalid returns the constant value of n, if any.
func (n *node) rvalOrInvalid() reflect.Value {
	if n == nil {
		return reflect.Value{}
	}
	return n.rval
}

func checkConstraint(it, ct *itype) error {
	if len(ct.constraint) == 0 && len(ct.ulconstraint) == 0 {
		return nil
	}
	for _, c := range ct.constraint {
		if it.equals(c) || it.matchDefault(c) {
			return nil
		}
	}
	for _, c := range ct.ulconstraint {
		if it.underlying().equals(c) || it.matchDefault(c) {
			return nil
		}
	}
	return it.node.cfgErrorf("%s does not implement %s", it.id(), ct.id())
}
