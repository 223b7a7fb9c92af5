package interp

import (
	"fmt"     // gonotes patch
	"reflect" // gonotes patch
	"sort"    // gonotes patch
	"strconv" // gonotes patch
	"strings"
	"sync/atomic"
)

// adot produces an AST dot(1) directed acyclic graph for the given node. For debugging only.
// func (n *node) adot() { n.astDot(dotWriter(n.interp.dotCmd), n.ident) }

// genAST returns a new AST where generic types are replaced by instantiated types.
// genericAST is an instance of a generic func, method or type: the
// generated AST node, and the declaration it was generated from. gonotes
// patch: a generic declared again (a notebook cell run again) has other
// instances than the earlier declaration of the same name.
type genericAST struct{ root, node *node }

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
		sname = recvTypeName(root) + root.child[1].ident + "["
	}

	// Input type parameters must be resolved prior AST generation, as compilation
	// of generated AST may occur in a different scope.
	for _, t := range types {
		sname += t.id() + ","
	}
	sname = strings.TrimSuffix(sname, ",") + "]"

	gtree = func(n, anc *node) (*node, error) {
		if n != root && (n.kind == typeSpec || n.kind == typeSpecAssign) && len(n.child) > 2 && n.child[1].kind == fieldList {
			// gonotes patch (s12-goroot): a generic type declared in the
			// generic func (type inner[T any] ...) declares type
			// parameters of its own, which hide the func's of the same
			// names in its declaration: they are not replaced there
			// ("undefined:" for the emptied names).
			for _, c := range n.child[1].child {
				for _, cc := range c.child[:len(c.child)-1] {
					if p, ok := typeParam[cc.ident]; ok {
						delete(typeParam, cc.ident)
						defer func(name string, p *node) { typeParam[name] = p }(cc.ident, p)
					}
				}
			}
		}
		nod := copyNode(n, anc, false)
		switch n.kind {
		case funcDecl, funcType:
			nod.val = nod

		case identExpr:
			// Replace generic type by instantiated one.
			nt, ok := typeParam[n.ident]
			if !ok || isFieldName(n) { // gonotes patch: not a field named as a type parameter
				break
			}
			nod = copyNode(nt, anc, true)
			nod.typ = nt.typ
			// gonotes patch: the type argument may be a type of another
			// package than the generic declaration's, which lookup cannot
			// find by name (isType).
			nod.sym = &symbol{kind: typeSym, typ: nt.typ, node: nod}
			nod.typeArg = true // gonotes patch (s10-goroot)

		case indexExpr, indexListExpr: // gonotes patch: and a generic type of several type parameters
			// Catch a possible recursive generic type definition
			if root.kind != typeSpec {
				break
			}
			if root.child[0].ident != n.child[0].ident {
				break
			}
			if n.kind == indexListExpr && !sameTypeParams(root, n.child[1:]) { // gonotes patch
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
						t, err := nodeType(c.interp, declScope(root, sc), c.child[l])
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
				nod.ident = genericInstanceMark // gonotes patch (s18-misc18): runtime.Caller names it G[...] (callers.go)
				return nod, nil
			}

			// Node is the receiver of a generic method.
			if root.kind == funcDecl && n.anc == root && childPos(n) == 0 && len(n.child) > 0 {
				rtn := n.child[0].lastChild() // gonotes patch: the receiver may have no name, func (fooA[T]) Set(T)
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
			if (root.kind == typeSpec || root.kind == typeSpecAssign) && n.anc == root && childPos(n) == 1 { // gonotes patch: and a generic alias
				// Fill the types lookup table used for type substitution.
				tname = n.anc.child[0].ident + "["
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						t, err := nodeType(c.interp, declScope(root, sc), c.child[l])
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

	// gonotes patch: the instances of generic funcs and types of
	// different packages with the same name (a notebook's Sorted and
	// slices.Sorted) are different.
	if root.scope != nil && root.scope.pkgID != "" {
		sname = root.scope.pkgID + "." + sname
	}
	if g, found := root.interp.generic[sname]; found && g.root == root {
		return g.node, true, nil
	}

	r, err := gtree(root, root.anc)
	if err != nil {
		return nil, false, err
	}
	root.interp.generic[sname] = genericAST{root: root, node: r}
	r.param = append(r.param, types...)
	if tname != "" {
		for _, nod := range fixNodes {
			nod.ident = tname
		}
		r.child[0].ident = tname
	}
	if rtname != "" {
		// Replace method receiver type by synthetized ident.
		nod := r.child[0].child[0].lastChild() // gonotes patch: the receiver may have no name
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

// recvTypeName returns "T." for a method of the generic type T (func (x
// *T[P]) M()), or "" for a func: the instances of methods of the same name
// of different generic types (Bag[int].Put and Uniq[int].Put) are
// different. gonotes patch: they shared the cache entry "Put[int]", so
// the instance of one type got the other type's method.
func recvTypeName(fn *node) string {
	if len(fn.child[0].child) == 0 {
		return ""
	}
	t := fn.child[0].child[0].lastChild()
	if t.kind == starExpr {
		t = t.child[0]
	}
	if (t.kind == indexExpr || t.kind == indexListExpr) && len(t.child) > 0 {
		t = t.child[0]
	}
	return t.ident + "."
}

// sameTypeParams reports whether args are the type parameters of the
// generic type declaration root, in order: T[K, V] inside the declaration
// of T[K, V] is a reference to the type being defined. // gonotes patch
func sameTypeParams(root *node, args []*node) bool {
	if len(root.child) < 2 || root.child[1].kind != fieldList {
		return false
	}
	var names []string
	for _, c := range root.child[1].child {
		for _, cc := range c.child[:len(c.child)-1] {
			names = append(names, cc.ident)
		}
	}
	if len(names) != len(args) {
		return false
	}
	for i, a := range args {
		if a.kind != identExpr || a.ident != names[i] {
			return false
		}
	}
	return true
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

		typeArg: n.typeArg, // gonotes patch (s10-goroot)
	}
	if n.stackBuf != nil { // gonotes patch (s17-misc17): an instance's own slot (stackbuf.go)
		nod.stackBuf = &stackBuf{slot: -1, mode: n.stackBuf.mode, name: n.stackBuf.name} // gonotes patch (s18-misc18)
	}
	if n.stackMove != nil { // gonotes patch (s18-misc18): stackbufret.go
		nod.stackMove = &stackMove{name: n.stackMove.name}
	}
	nod.start = nod
	if recursive {
		for _, c := range n.child {
			nod.child = append(nod.child, copyNode(c, nod, true))
		}
	}
	return nod
}

func inferTypesFromCall(sc *scope, fun *node, args []*node, explicit ...*itype) ([]*itype, error) { // gonotes patch: explicit
	// gonotes patch: the type arguments were the types of the arguments,
	// in order, which gave wrong types for a parameter list such as
	// (s1, s2 S) or (x S) with S ~[]E, and failed for a generic type in a
	// parameter (seq iter.Seq[E]). Types are now unified structurally with
	// the parameters, then with the core types of the constraints (S ~[]E),
	// as the Go spec describes.
	ftn := fun.typ.node
	u := &unifier{interp: fun.interp, sc: fun.scope, params: map[string]bool{}, bound: map[string]*itype{}, fromConst: map[string]bool{}, untyped: map[string]string{}}
	if u.sc == nil {
		u.sc = sc
	}
	var names []string
	core := map[string]*node{}
	constraints := map[string]*node{} // gonotes patch
	for _, c := range ftn.child[0].child {
		ct := c.lastChild()
		for _, cc := range c.child[:len(c.child)-1] {
			names = append(names, cc.ident)
			u.params[cc.ident] = true
			if t := coreTerm(ct); t != nil {
				core[cc.ident] = t
			}
			constraints[cc.ident] = ct
		}
	}
	for i, t := range explicit { // the type arguments given, f[T](x)
		if i < len(names) && t != nil {
			u.bound[names[i]] = t
		}
	}
	var ptypes []*node // the type of each parameter
	for _, c := range ftn.child[1].child {
		for i := 0; i < max(1, len(c.child)-1); i++ {
			ptypes = append(ptypes, c.lastChild())
		}
	}
	type funcArg struct {
		pt  *node
		fun *node
	}
	var funcArgs []funcArg // the arguments that are generic funcs
	for i, a := range args {
		if len(ptypes) == 0 {
			break
		}
		pt := ptypes[min(i, len(ptypes)-1)]
		if pt.kind == ellipsisExpr {
			if i == len(args)-1 && a.anc != nil && a.anc.action == aCallSlice {
				u.unify(pt.child[0], elemType(a.typ))
				continue
			}
			pt = pt.child[0]
		} else if i >= len(ptypes) {
			break
		}
		t := a.typ
		if f := genericFuncDecl(t); f != nil {
			// A generic func (apply(xs, double)): unified with pt below,
			// once the other arguments have bound what they can.
			funcArgs = append(funcArgs, funcArg{pt, f})
			continue
		}
		if t != nil && t.cat == variadicT && t.val != nil {
			// gonotes patch (s13-public8): a variadic parameter (xs ...T)
			// is a []T in its function's body: slices.Clone(xs) bound S
			// to ...T, and S{} was a composite of no slice type.
			t = sliceOf(t.val)
		}
		if t != nil && t.cat == nilT {
			// gonotes patch (s9-genstd): an untyped nil binds no type
			// parameter (slices.Index(errs, nil): E comes from S).
			continue
		}
		if t != nil && t.untyped {
			// An untyped constant: the default type of the largest kind
			// of the constants bound to the same type parameter
			// (Sum(1, 2.5) is Sum[float64]), unless a typed value binds it.
			ut := a.tname(t)
			t = t.defaultType(a.rval, sc)
			if pt.kind == identExpr && u.params[pt.ident] {
				// gonotes patch (s19-errwords19): untyped constants of
				// kinds that have no common type (Same(1, "a")) bind T
				// to nothing, go/types' error; the first one's type was
				// taken, and the other refused as an argument.
				if b := u.bound[pt.ident]; b != nil && u.fromConst[pt.ident] && (constRank(t) == 0 || constRank(b) == 0) && t.id() != b.id() {
					if fname := gcExpr(fun.child[1]); fname != "" && u.untyped[pt.ident] != "" {
						return nil, a.cfgErrorf("in call to %s, mismatched types %s and %s (cannot infer %s)", fname, u.untyped[pt.ident], ut, pt.ident)
					}
				}
				if b := u.bound[pt.ident]; b == nil || u.fromConst[pt.ident] && constRank(t) > constRank(b) {
					u.bound[pt.ident] = t
					u.fromConst[pt.ident] = true
					u.untyped[pt.ident] = ut
				}
				continue
			}
		}
		u.unify(pt, t)
	}
	// Core types of constraints: S ~[]E with S known gives E.
	coreTypes := func() {
		for changed := true; changed; {
			changed = false
			for _, name := range names {
				if t, ok := u.bound[name]; ok && core[name] != nil {
					n := len(u.bound)
					u.unify(core[name], t)
					changed = changed || len(u.bound) > n
				} else if ok && constraints[name] != nil {
					// gonotes patch (s11-gen): the core type of an interface
					// constraint, interface{ ~map[K]V } or SliceOf[E].
					n := len(u.bound)
					u.unifyCore(constraints[name], t)
					changed = changed || len(u.bound) > n
				}
			}
		}
	}
	// gonotes patch (s15-lead): the core types first, so that a generic
	// func argument is unified with what they bound (Map(xs, Identity)
	// with Map[S ~[]E, E, R any](s S, f func(E) R): E comes from S, then
	// Identity's T from E, then R from T), and again after.
	coreTypes()
	for _, fa := range funcArgs {
		u.unifyGenericFunc(fa.pt, fa.fun)
	}
	coreTypes()
	// The reverse: a type parameter whose constraint has a single type
	// term (PT interface{ *T; Set(string) }) with T known is that term.
	for changed := true; changed; {
		changed = false
		for _, name := range names {
			if u.bound[name] != nil || constraints[name] == nil {
				continue
			}
			if t := singleTypeTerm(u.subst(constraints[name])); t != nil {
				u.bound[name] = t
				changed = true
			}
		}
	}
	types := make([]*itype, 0, len(names))
	for _, name := range names {
		t := u.bound[name]
		if t == nil {
			where, fname := fun, fun.child[1].ident
			if len(args) > 0 && args[0].anc != nil && args[0].anc.kind == callExpr {
				where = args[0].anc // the call
			}
			if fun.scope != nil && fun.scope.pkgName != "" && fun.scope.pkgName != mainID {
				fname = fun.scope.pkgName + "." + fname
			}
			return nil, where.cfgErrorf("in call to %s, cannot infer %s%s", fname, name, typeParamDeclaredAt(fun.typ.node, name)) // gonotes patch (s17-errwords17): where T is declared
		}
		types = append(types, t)
	}
	return types, nil
}

// genericCallTypes returns the result types of call, a call of a generic
// function (f(x), or f[T](x) with some or all type arguments given), or nil
// if call is not one. The global pass of the REPL needs them for x := f(y)
// and x, y := f(z), before the call is compiled. gonotes patch.
func genericCallTypes(interp *Interpreter, sc *scope, call *node, seen []*node) ([]*itype, error) {
	if call.kind != callExpr || len(call.child) == 0 {
		return nil, nil
	}
	c0 := call.child[0]
	var explicit []*itype
	if c0.kind == indexExpr || c0.kind == indexListExpr {
		for _, c := range c0.child[1:] {
			t, err := nodeType2(interp, sc, c, seen)
			if err != nil || t == nil {
				return nil, err
			}
			explicit = append(explicit, t)
		}
		c0 = c0.child[0]
	}
	ft, err := nodeType2(interp, sc, c0, seen)
	if err != nil || ft == nil || !isGeneric(ft) {
		return nil, err
	}
	fun := ft.node.anc
	if fun == nil || fun.kind != funcDecl || fun.typ == nil || fun.typ.node == nil || fun.scope == nil {
		return nil, nil
	}
	ftn := fun.typ.node
	var names []string
	for _, c := range ftn.child[0].child {
		for _, cc := range c.child[:len(c.child)-1] {
			names = append(names, cc.ident)
		}
	}
	types := explicit
	if len(explicit) < len(names) {
		args := call.child[1:]
		stubs := make([]*node, len(args))
		for i, a := range args {
			t := a.typ
			if t == nil && a.kind == identExpr {
				// gonotes patch (s9-genstd): the nil argument of
				// n := f(x, nil) (nodeType refuses an untyped nil).
				if sym, _, ok := sc.lookup(a.ident); ok && sym.kind != varSym && sym.typ != nil && sym.typ.cat == nilT {
					t = sym.typ
				}
			}
			if t == nil {
				if t, err = nodeType2(interp, sc, a, seen); err != nil {
					return nil, err
				}
			}
			if t == nil || t.incomplete {
				return nil, nil
			}
			stubs[i] = &node{typ: t, rval: a.rval, anc: a.anc, interp: a.interp}
		}
		if types, err = inferTypesFromCall(sc, fun, stubs, explicit...); err != nil {
			return nil, err
		}
	}
	if len(types) != len(names) {
		return nil, nil
	}
	isc := &scope{anc: fun.scope, sym: map[string]*symbol{}, level: fun.scope.level, pkgID: fun.scope.pkgID, pkgName: fun.scope.pkgName}
	for i, name := range names {
		isc.sym[name] = &symbol{kind: typeSym, typ: types[i]}
	}
	var res []*itype
	if len(ftn.child) > 2 {
		for _, f := range ftn.child[2].child {
			t, err := nodeType(interp, isc, f.lastChild())
			if err != nil {
				return nil, err
			}
			for k := 0; k < max(1, len(f.child)-1); k++ {
				res = append(res, t)
			}
		}
	}
	return res, nil
}

// numTypeParams returns the number of type parameters of the generic
// function fun. gonotes patch.
func numTypeParams(fun *node) int {
	if fun == nil || fun.typ == nil || fun.typ.node == nil {
		return 0
	}
	n := 0
	for _, c := range fun.typ.node.child[0].child {
		n += len(c.child) - 1
	}
	return n
}

// completeTypeArgs returns the type arguments of a call of fun with explicit
// type arguments lt and arguments args: lt, with the missing ones inferred.
// gonotes patch.
func completeTypeArgs(sc *scope, fun *node, lt []*itype, args []*node) ([]*itype, error) {
	if len(lt) >= numTypeParams(fun) {
		return lt, nil
	}
	return inferTypesFromCall(sc, fun, args, lt...)
}

// unifier infers the type parameters params of a generic declaration from
// the types of values that match type expressions. gonotes patch.
type unifier struct {
	interp *Interpreter
	sc     *scope
	params map[string]bool
	bound  map[string]*itype

	fromConst map[string]bool   // bound by an untyped constant only
	untyped   map[string]string // the untyped constant's type that bound it (untyped int), gonotes patch (s19-errwords19)
}

// constRank orders the default types of untyped constants: int, rune,
// float64, complex128. gonotes patch.
func constRank(t *itype) int {
	switch t.cat {
	case intT:
		return 1
	case int32T:
		return 2
	case float64T:
		return 3
	case complex128T:
		return 4
	}
	return 0
}

// coreTerm returns the single type term of a constraint, such as []E for
// ~[]E, or nil. gonotes patch.
func coreTerm(n *node) *node {
	switch n.kind {
	case unaryExpr:
		if n.action == aNop && len(n.child) == 1 { // ~T
			return n.child[0]
		}
	case arrayType, mapType, chanType, chanTypeSend, chanTypeRecv, funcType, starExpr, structType: // gonotes patch (s11-gen): structType
		return n
	case binaryExpr:
		// gonotes patch (s15-public10b): a union of channel types
		// (C ~<-chan T | ~chan T) has a core type, a channel of their
		// element type (the spec's core types): Go infers T from the
		// argument's element type, whatever the channel's direction.
		if n.action != aOr || len(n.child) != 2 {
			return nil
		}
		l, r := coreTerm(n.child[0]), coreTerm(n.child[1])
		if isChanTerm(l) && isChanTerm(r) {
			return l
		}
	}
	return nil
}

// isChanTerm reports whether n, a core term, is a channel type. gonotes patch.
func isChanTerm(n *node) bool {
	return n != nil && (n.kind == chanType || n.kind == chanTypeSend || n.kind == chanTypeRecv)
}

// elemType returns the element type of a pointer, slice, array, chan or map
// type t, or nil. gonotes patch.
func elemType(t *itype) *itype {
	if t == nil {
		return nil
	}
	t = t.underlying()
	switch t.cat {
	case ptrT, sliceT, arrayT, chanT, chanSendT, chanRecvT, mapT, variadicT:
		return t.val
	case valueT:
		switch t.rtype.Kind() {
		case reflect.Ptr, reflect.Slice, reflect.Array, reflect.Chan, reflect.Map:
			return valueTOf(t.rtype.Elem())
		}
	}
	return nil
}

// unify binds the type parameters of n to the matching parts of t. gonotes patch.
func (u *unifier) unify(n *node, t *itype) {
	if n == nil || t == nil {
		return
	}
	switch n.kind {
	case identExpr:
		if !u.params[n.ident] {
			return
		}
		if b := u.bound[n.ident]; b == nil || b.untyped && !t.untyped || u.fromConst[n.ident] {
			u.bound[n.ident] = t
			delete(u.fromConst, n.ident)
		}
	case parenExpr:
		u.unify(n.child[0], t)
	case starExpr, arrayType, chanType, chanTypeSend, chanTypeRecv:
		u.unify(n.lastChild(), elemType(t))
	case ellipsisExpr:
		u.unify(n.child[0], elemType(t))
	case mapType:
		ut := t.underlying()
		switch {
		case ut.cat == mapT:
			u.unify(n.child[0], ut.key)
		case ut.cat == valueT && ut.rtype.Kind() == reflect.Map:
			u.unify(n.child[0], valueTOf(ut.rtype.Key()))
		default:
			return
		}
		u.unify(n.child[1], elemType(ut))
	case funcType:
		ut := t.underlying()
		if ut.cat != funcT && (ut.cat != valueT || ut.rtype.Kind() != reflect.Func) {
			return
		}
		i := 0
		for _, f := range n.child[1].child {
			for k := 0; k < max(1, len(f.child)-1); k++ {
				if i < ut.numIn() {
					u.unify(f.lastChild(), ut.in(i))
				}
				i++
			}
		}
		if len(n.child) > 2 {
			i = 0
			for _, f := range n.child[2].child {
				for k := 0; k < max(1, len(f.child)-1); k++ {
					if i < ut.numOut() {
						u.unify(f.lastChild(), ut.out(i))
					}
					i++
				}
			}
		}
	case structType:
		// gonotes patch (s11-gen): a struct type, the core type of a
		// constraint (~struct{ ID T; Amounts []K }): field by field.
		ut := t.underlying()
		var fts []*itype
		switch {
		case ut.cat == structT:
			for _, f := range ut.field {
				fts = append(fts, f.typ)
			}
		case ut.cat == valueT && ut.rtype.Kind() == reflect.Struct:
			for i := 0; i < ut.rtype.NumField(); i++ {
				fts = append(fts, valueTOf(ut.rtype.Field(i).Type))
			}
		default:
			return
		}
		if len(n.child) == 0 {
			return
		}
		i := 0
		for _, f := range n.child[0].child {
			for k := 0; k < max(1, len(f.child)-1); k++ {
				if i < len(fts) {
					u.unify(f.lastChild(), fts[i])
				}
				i++
			}
		}
	case indexExpr, indexListExpr:
		// An instance of a generic type, such as iter.Seq[E]: unify the
		// type's definition with t, then its arguments with the result.
		gt, err := nodeType(u.interp, u.sc, n.child[0])
		if err != nil || gt == nil || gt.cat != genericT || gt.node == nil || gt.node.anc == nil {
			return
		}
		spec := gt.node.anc
		if spec.kind != typeSpec && spec.kind != typeSpecAssign || len(spec.child) < 3 {
			return
		}
		if o := t.origin; o != nil && o.node != nil && o.node.anc == spec && len(t.targs) == len(n.child)-1 {
			// t is an instance of the same generic type (Tree[string]
			// for Tree[T]): its type arguments.
			for i, c := range n.child[1:] {
				u.unify(c, t.targs[i])
			}
			return
		}
		v, names := newUnifier(u.interp, u.sc, spec.child[1])
		if rhs := spec.child[2]; spec.kind == typeSpec && rhs.kind == interfaceType {
			// A generic interface (Getter[T]) and a type that has its
			// methods: unify their signatures (Go 1.21).
			v.unifyMethods(rhs, t)
		} else {
			v.unify(rhs, t)
		}
		for i, c := range n.child[1:] {
			if i < len(names) {
				u.unify(c, v.bound[names[i]])
			}
		}
	}
}

// ifaceCoreTerm returns the single type term of the interface type
// expression n (the []E of interface{ ~[]E; Len() int }), or nil if it has
// none or several. gonotes patch (s11-gen).
func ifaceCoreTerm(n *node) *node {
	if n == nil || n.kind != interfaceType || len(n.child) == 0 {
		return nil
	}
	var term *node
	for _, f := range n.child[0].child {
		if len(f.child) != 1 {
			continue // a method
		}
		c := coreTerm(f.child[0])
		if c == nil {
			if f.child[0].kind == unaryExpr || f.child[0].kind == binaryExpr {
				return nil // a term without a core type here, or a union
			}
			continue // an embedded interface
		}
		if term != nil {
			return nil
		}
		term = c
	}
	return term
}

// unifyCore unifies the core type of the constraint ct, an interface type
// literal or an instance of a generic interface type with a single type
// term (interface{ ~map[K]V }, SliceOf[E] for type SliceOf[E any]
// interface{ ~[]E }), with t, the type bound to the type parameter ct
// constrains: Go infers K and V, or E, from it. gonotes patch (s11-gen):
// such calls failed "cannot infer".
func (u *unifier) unifyCore(ct *node, t *itype) {
	if ct == nil || t == nil {
		return
	}
	switch ct.kind {
	case interfaceType:
		if c := ifaceCoreTerm(ct); c != nil {
			u.unify(c, t)
		}
	case indexExpr, indexListExpr:
		gt, err := nodeType(u.interp, u.sc, ct.child[0])
		if err != nil || gt == nil || gt.cat != genericT || gt.node == nil || gt.node.anc == nil {
			return
		}
		spec := gt.node.anc
		if spec.kind != typeSpec || len(spec.child) < 3 {
			return
		}
		c := ifaceCoreTerm(spec.child[2])
		if c == nil {
			return
		}
		v, names := newUnifier(u.interp, u.sc, spec.child[1])
		v.unify(c, t)
		for i, a := range ct.child[1:] {
			if i < len(names) {
				u.unify(a, v.bound[names[i]])
			}
		}
	}
}

// genericFuncDecl returns the declaration of the generic func of type t,
// a generic func used as a value without type arguments, or nil.
// gonotes patch.
func genericFuncDecl(t *itype) *node {
	if t == nil || !isGeneric(t) || t.node.anc == nil || t.node.anc.kind != funcDecl {
		return nil
	}
	return t.node.anc
}

// newUnifier returns a unifier of the type parameters of the generic
// declaration whose type parameter list is tparams, in scope sc, and their
// names in order. gonotes patch.
func newUnifier(interp *Interpreter, sc *scope, tparams *node) (*unifier, []string) {
	u := &unifier{interp: interp, sc: sc, params: map[string]bool{}, bound: map[string]*itype{}}
	var names []string
	for _, c := range tparams.child {
		for _, cc := range c.child[:len(c.child)-1] {
			names = append(names, cc.ident)
			u.params[cc.ident] = true
		}
	}
	return u, names
}

// subst returns the type of the type expression n with the type
// parameters bound so far, or nil if n uses one not bound yet.
// gonotes patch.
func (u *unifier) subst(n *node) *itype {
	if n == nil || u.sc == nil {
		return nil
	}
	isc := &scope{anc: u.sc, sym: map[string]*symbol{}, level: u.sc.level, pkgID: u.sc.pkgID, pkgName: u.sc.pkgName}
	unbound := false
	n.Walk(func(c *node) bool {
		if c.kind == identExpr && u.params[c.ident] {
			if t := u.bound[c.ident]; t != nil {
				isc.sym[c.ident] = &symbol{kind: typeSym, typ: t}
			} else {
				unbound = true
			}
		}
		return !unbound
	}, nil)
	if unbound {
		return nil
	}
	t, err := nodeType(u.interp, isc, n)
	if err != nil || t == nil || t.incomplete || hasTypeParam(t, 0) {
		return nil
	}
	return t
}

// unifyGenericFunc unifies the type expression pt, a func type with type
// parameters of u, with the signature of fun, a generic func passed as a
// value without type arguments (Go 1.21): each parameter and result of pt
// known with the bindings of u binds the type parameters of fun, and each
// of fun's known with its bindings binds those of u (apply([]int{1},
// double) with apply[T, U any](xs []T, f func(T) U) and double[T ~int](x
// T) T gives U = int). gonotes patch.
func (u *unifier) unifyGenericFunc(pt, fun *node) {
	for pt.kind == parenExpr {
		pt = pt.child[0]
	}
	ftn := fun.typ.node
	if pt.kind != funcType || len(pt.child) < 2 || ftn == nil {
		return
	}
	v, _ := newUnifier(u.interp, fun.scope, ftn.child[0])
	fields := func(ft *node, i int) []*node {
		var l []*node
		if len(ft.child) <= i {
			return l
		}
		for _, f := range ft.child[i].child {
			for k := 0; k < max(1, len(f.child)-1); k++ {
				l = append(l, f.lastChild())
			}
		}
		return l
	}
	var pp, ap []*node
	for i := 1; i <= 2; i++ {
		p, a := fields(pt, i), fields(ftn, i)
		if len(p) != len(a) {
			return
		}
		pp, ap = append(pp, p...), append(ap, a...)
	}
	for round := 0; round < 2; round++ {
		for i := range pp {
			v.unify(ap[i], u.subst(pp[i]))
		}
		for i := range pp {
			u.unify(pp[i], v.subst(ap[i]))
		}
	}
}

// instantiateFuncValue instantiates n, a generic func used as a value
// without type arguments where a value of the func type want is expected
// (an argument, Go 1.21), with the type arguments that unify its signature
// with want, and returns the instance's declaration, compiled, which
// replaces n in its parent. It returns n if n is not such a func.
// gonotes patch.
func (interp *Interpreter) instantiateFuncValue(sc *scope, n *node, want *itype, importPath, pkgName string) (*node, error) {
	fun := genericFuncDecl(n.typ)
	if fun == nil || want == nil || hasTypeParam(want, 0) || isGeneric(want) {
		return n, nil
	}
	ut := want.underlying()
	if ut.cat != funcT && (ut.cat != valueT || ut.rtype.Kind() != reflect.Func) {
		return n, nil
	}
	u, names := newUnifier(interp, fun.scope, fun.typ.node.child[0])
	u.unify(fun.typ.node, want)
	u.unifyConstraintCores(fun.typ.node.child[0]) // gonotes patch (s20-lead)
	types := make([]*itype, len(names))
	for i, name := range names {
		if types[i] = u.bound[name]; types[i] == nil {
			return nil, n.cfgErrorf("in call to %s, cannot infer %s%s", fun.child[1].ident, name, typeParamDeclaredAt(fun.typ.node, name)) // gonotes patch (s17-errwords17)
		}
	}
	g, found, err := genAST(sc, fun, types)
	if err == nil {
		err = instanceFuncType(interp, g, fun) // gonotes patch
	}
	if err != nil {
		return nil, err
	}
	if !found {
		if _, err = interp.cfg(g, fun.scope, importPath, pkgName); err != nil {
			return nil, err
		}
		interp.genRunLater(g) // gonotes patch (s20-public20): see genRunLater
	}
	if n.anc != nil {
		for i, c := range n.anc.child {
			if c == n {
				n.anc.child[i] = g
			}
		}
	}
	n.gen = nop
	return g, nil
}

// instantiateFuncArgs instantiates the arguments of call n that are
// generic funcs without type arguments for the parameter types of the
// callee, n.child[0], as Go 1.21 does (apply(xs, double)). gonotes patch.
func (interp *Interpreter) instantiateFuncArgs(sc *scope, n *node, importPath, pkgName string) error {
	ft := n.child[0].typ
	if ft == nil || isGeneric(ft) {
		return nil
	}
	ft = ft.underlying()
	nin := ft.numIn()
	for i, a := range n.child[1:] {
		if genericFuncDecl(a.typ) == nil || nin == 0 {
			continue
		}
		want := ft.in(min(i, nin-1))
		if want != nil && want.cat == variadicT {
			want = want.val
		}
		if _, err := interp.instantiateFuncValue(sc, a, want, importPath, pkgName); err != nil {
			return err
		}
	}
	return nil
}

// unifyMethods unifies the signatures of the methods of iface, an
// interface type expression, with those of the methods of the same name of
// t. gonotes patch.
func (u *unifier) unifyMethods(iface *node, t *itype) {
	if len(iface.child) == 0 {
		return
	}
	for _, f := range iface.child[0].child {
		if len(f.child) != 2 || f.child[1].kind != funcType {
			continue
		}
		name := f.child[0].ident
		var mt *itype
		if isInterfaceSrc(t) {
			for _, tf := range t.underlying().field {
				if tf.name == name {
					mt = tf.typ
				}
			}
		} else if m, _ := t.lookupMethod(name); m != nil {
			mt = m.typ
		}
		if mt != nil && mt.cat == funcT {
			u.unify(f.child[1], mt)
		}
	}
}

// singleTypeTerm returns the type of the only type term of constraint t, an
// interface (*T in interface{ *T; M() }), or nil. gonotes patch.
func singleTypeTerm(t *itype) *itype {
	switch {
	case t == nil || t.cat == comparableT || t.cat == genericT:
		return nil
	case t.cat == constraintT:
		if len(t.constraint) == 1 && len(t.ulconstraint) == 0 {
			return t.constraint[0]
		}
		return nil
	case t.cat != interfaceT:
		if isInterface(t) {
			return nil
		}
		return t // a plain type as a constraint: interface{ T }
	}
	var term *itype
	n := len(t.constraint) + len(t.ulconstraint)
	if n == 1 && len(t.constraint) == 1 {
		term = t.constraint[0]
	}
	for _, f := range t.field {
		if f.embed && f.typ != nil && !isInterface(f.typ) && f.typ.cat != funcT {
			term = f.typ
			n++
		}
	}
	if n != 1 {
		return nil
	}
	return term
}

func checkConstraint(it, ct *itype) error {
	if it == nil || ct == nil { // gonotes patch
		return nil
	}
	if err := checkConstraintMethods(it, ct); err != nil { // gonotes patch (s14-typeident)
		return err
	}
	// gonotes patch (s19-errwords19): a type argument that is not
	// comparable ([]int) for comparable; the instance's == was refused.
	if ct.cat == comparableT && !it.incomplete && !hasTypeParam(it, 0) && !isInterface(it) && !it.comparable() {
		if it.node == nil {
			return fmt.Errorf("%s does not satisfy comparable", gcPlainTypeStr(it))
		}
		return it.node.cfgErrorf("%s does not satisfy comparable", gcPlainTypeStr(it))
	}
	if len(ct.constraint) == 0 && len(ct.ulconstraint) == 0 {
		return nil
	}
	// gonotes patch: a term that uses type parameters (S ~[]E) is not
	// checked; the instantiated code is.
	for _, c := range append(ct.constraint[:len(ct.constraint):len(ct.constraint)], ct.ulconstraint...) {
		if hasTypeParam(c, 0) {
			return nil
		}
	}
	for _, c := range ct.constraint {
		if it.equals(c) || it.matchDefault(c) {
			return nil
		}
	}
	for _, c := range ct.ulconstraint {
		if it.underlying().equals(c) || it.matchDefault(c) || binUnderlyingIs(it, c) || underlyingStr(it) == c.id() { // gonotes patch (s11-gen): underlyingStr
			return nil
		}
	}
	// gonotes patch (s19-errwords19): go/types' words, "string does not
	// satisfy Number (string missing in ~int | ~float64)".
	if terms := constraintTermsStr(ct); terms != "" {
		name := terms
		if ct.name != "" {
			name = gcPlainTypeStr(ct)
		}
		its := gcPlainTypeStr(it)
		if it.node == nil {
			return fmt.Errorf("%s does not satisfy %s (%s missing in %s)", its, name, its, terms)
		}
		return it.node.cfgErrorf("%s does not satisfy %s (%s missing in %s)", its, name, its, terms)
	}
	if it.node == nil { // gonotes patch
		return fmt.Errorf("%s does not implement %s", it.id(), ct.id())
	}
	return it.node.cfgErrorf("%s does not implement %s", it.id(), ct.id())
}

// constraintTermsStr returns the union of the type terms of the
// constraint ct as written ("~int | ~float64"), or "". gonotes patch
// (s19-errwords19).
func constraintTermsStr(ct *itype) string {
	var str func(n *node) string
	str = func(n *node) string {
		switch {
		case n.kind == binaryExpr && len(n.child) == 2:
			l, r := str(n.child[0]), str(n.child[1])
			if l == "" || r == "" {
				return ""
			}
			return l + " | " + r
		case n.kind == unaryExpr && len(n.child) == 1:
			if x := gcExpr(n.child[0]); x != "" {
				return "~" + x
			}
			return ""
		}
		return gcExpr(n)
	}
	n := ct.node
	if n == nil {
		return ""
	}
	switch n.kind {
	case binaryExpr, unaryExpr:
		return str(n)
	case interfaceType:
		if len(n.child) == 0 {
			return ""
		}
		for _, f := range n.child[0].child {
			if len(f.child) == 1 && (f.child[0].kind == binaryExpr || f.child[0].kind == unaryExpr) {
				return str(f.child[0])
			}
		}
	}
	return ""
}

// checkConstraintMethods returns an error if the type argument it lacks
// a method of the constraint ct, an interface with methods, or has it with
// another signature, or only on its pointer type: the methods of a
// constraint were not checked, a T whose Show has a pointer receiver
// satisfied interface{ Show() string }, and the instance called it on a
// copy. A constraint whose methods use type parameters
// (interface{ Less(T) bool }) is left to the instantiated code. gonotes
// patch (s14-typeident).
func checkConstraintMethods(it, ct *itype) error {
	why := constraintMethodsWhy(it, ct)
	if why == "" {
		return nil
	}
	// gonotes patch (s19-errwords19): go/types' names (ID, Stringer),
	// not main.ID, main.Stringer.
	if it.node == nil {
		return fmt.Errorf("%s does not satisfy %s (%s)", gcPlainTypeStr(it), gcPlainTypeStr(ct), why)
	}
	return it.node.cfgErrorf("%s does not satisfy %s (%s)", gcPlainTypeStr(it), gcPlainTypeStr(ct), why)
}

// constraintMethodsWhy returns why the type argument it does not have the
// methods of its constraint ct ("missing method M"), or "" (see
// checkConstraintMethods). gonotes patch (s19-errwords19): split from
// checkConstraintMethods.
func constraintMethodsWhy(it, ct *itype) string {
	if !isInterfaceSrc(ct) || it.incomplete || hasTypeParam(it, 0) || ifaceMethodsUseTypeParam(ct, 0) {
		return ""
	}
	need := ct.methods()
	if len(need) == 0 || isInterface(it) {
		return ""
	}
	have := it.methods()
	names := make([]string, 0, len(need))
	for name := range need {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		sig, ok := have[name]
		why := ""
		switch {
		case !ok && it.cat != ptrT && it.methodSet(true, false)[name] != "":
			why = "method " + name + " has pointer receiver"
		case !ok:
			why = "missing method " + name
		case sig != need[name]:
			why = "wrong type for method " + name
		default:
			continue
		}
		return why
	}
	return ""
}

// gcPlainTypeStr returns t's name as go/types writes it in an error of
// the main package, without a node of the source: main.ID is ID.
// gonotes patch (s19-errwords19).
func gcPlainTypeStr(t *itype) string {
	if t.node != nil {
		return t.node.gcTypeStr(t)
	}
	return mainQualifier.ReplaceAllString(t.id(), "$1")
}

// inferredMethodsErr returns go/types' error for the call n of the
// generic function fun whose type arguments types, all but the first
// nexplicit inferred from the call's arguments, lack a method of their
// constraint: "in call to F, T (type X) does not satisfy C (missing
// method M)". gonotes patch (s19-errwords19): the error named neither
// the call nor the type parameter.
func inferredMethodsErr(sc *scope, fun, n *node, types []*itype, nexplicit int) error {
	if fun == nil || fun.kind != funcDecl || len(fun.child) < 3 || len(fun.child[2].child) == 0 || fun.child[2].child[0].kind != fieldList {
		return nil
	}
	fname := gcExpr(n.child[0])
	if n.child[0].kind == indexExpr || n.child[0].kind == indexListExpr {
		fname = gcExpr(n.child[0].child[0])
	}
	if fname == "" {
		return nil
	}
	pindex := 0
	for _, c := range fun.child[2].child[0].child {
		l := len(c.child) - 1
		for _, cc := range c.child[:l] {
			if pindex >= len(types) {
				return nil
			}
			if pindex >= nexplicit {
				ct, err := nodeType(c.interp, declScope(fun, sc), c.child[l])
				if err != nil {
					return nil
				}
				if why := constraintMethodsWhy(types[pindex], ct); why != "" {
					if cs := gcExpr(c.child[l]); cs != "" {
						return n.cfgErrorf("in call to %s, %s (type %s) does not satisfy %s (%s)", fname, cc.ident, n.gcTypeStr(types[pindex]), cs, why)
					}
				}
			}
			pindex++
		}
	}
	return nil
}

// ifaceMethodsUseTypeParam reports whether a method of the interface type
// t (or of an interface it embeds) uses a type parameter. gonotes patch
// (s14-typeident).
func ifaceMethodsUseTypeParam(t *itype, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	for _, f := range t.field {
		switch {
		case f.typ == nil:
		case f.typ.cat == funcT:
			if hasTypeParam(f.typ, 0) {
				return true
			}
		case isInterfaceSrc(f.typ):
			if ifaceMethodsUseTypeParam(f.typ, depth+1) {
				return true
			}
		}
	}
	return false
}

// hasTypeParam reports whether t uses a type parameter. gonotes patch.
func hasTypeParam(t *itype, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	switch t.cat {
	case genericT, nilT:
		return true
	case ptrT, sliceT, arrayT, chanT, chanSendT, chanRecvT, variadicT:
		return hasTypeParam(t.val, depth+1)
	case mapT:
		return hasTypeParam(t.key, depth+1) || hasTypeParam(t.val, depth+1)
	case structT: // gonotes patch (s11-gen): a struct term, ~struct{ ID T }
		for _, f := range t.field {
			if hasTypeParam(f.typ, depth+1) {
				return true
			}
		}
	case funcT:
		for _, a := range t.arg {
			if hasTypeParam(a, depth+1) {
				return true
			}
		}
		for _, a := range t.ret {
			if hasTypeParam(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// instanceFuncType makes sure that g, the instance of the generic func
// fun that genAST found in its cache, has its type. An instance gets its
// type when cfg enters its declaration, but computing that type may
// instantiate a generic type (a result Set[T]) whose methods are compiled
// at once; a method calling the instance being compiled (r := Of[T]())
// finds it in the cache without a type yet. gonotes patch.
func instanceFuncType(interp *Interpreter, g, fun *node) error {
	if g == nil || g.typ != nil || g.kind != funcDecl {
		return nil
	}
	t, err := nodeType(interp, fun.scope, g.child[2])
	if err != nil {
		return err
	}
	g.child[2].typ, g.typ = t, t
	return nil
}

// isFieldName reports whether the identifier n is the name of a struct
// field (or of a parameter) in a field list, or the selected name of a
// selector expression, not a type. gonotes patch.
func isFieldName(n *node) bool {
	a := n.anc
	if a == nil {
		return false
	}
	switch a.kind {
	case selectorExpr:
		return len(a.child) == 2 && a.child[1] == n
	case fieldExpr:
		l := len(a.child) - 1
		if l > 0 && a.lastChild().kind == basicLit {
			l--
		}
		for _, c := range a.child[:l] {
			if c == n {
				return true
			}
		}
	}
	return false
}

// declScope returns the scope that the generic declaration n was declared
// in, where its instances are compiled, or sc, the scope of the
// instantiation, if n has none: the constraints of its type parameters are
// resolved there, a name of the instantiating code (a variable `hash` or
// `cmp`) must not hide the package of a constraint (hash.Hash, cmp.Ordered).
// gonotes patch (s9-genstd).
func declScope(n *node, sc *scope) *scope {
	if n.scope != nil {
		return n.scope
	}
	return sc
}

// binUnderlyingIs reports whether it, a type of compiled code (time.Duration),
// has the predeclared type c (int64) as underlying type, for a ~c term of a
// constraint: the interpreter's type of a compiled named type does not
// give its underlying type. gonotes patch (s9-genstd).
func binUnderlyingIs(it, c *itype) bool {
	if it.cat != valueT || it.rtype == nil || c == nil || c.cat == valueT {
		return false
	}
	ct := c.TypeOf()
	if ct == nil || ct.PkgPath() != "" || ct.Name() == "" || ct.Name() != ct.Kind().String() {
		return false
	}
	return it.rtype.Kind() == ct.Kind()
}

// hasTypeArg reports whether the type expression n names a type argument
// of an instance of a generic function or type (genAST marks the nodes it
// puts in place of type parameters). gonotes patch (s10-goroot).
func hasTypeArg(n *node) bool {
	if n.typeArg {
		return true
	}
	for _, c := range n.child {
		if hasTypeArg(c) {
			return true
		}
	}
	return false
}

// inGenericInstance reports whether sc is in the body of an instance of a
// generic function or method (genAST gives the declaration it generates
// its type arguments, param). gonotes patch (s11-gen).
func inGenericInstance(sc *scope) bool {
	for s := sc; s != nil; s = s.anc {
		if s.def != nil && s.def.kind == funcDecl && len(s.def.param) > 0 {
			return true
		}
	}
	return false
}

// ifaceFieldPath returns the indexes of the embedded fields from the struct
// type t (or *t) to the embedded field of an interface type that has the
// method name, the shallowest first at each level, or nil. gonotes patch
// (s11-gen): a method of an interface embedded two levels down
// (c.M(), C embedding B embedding an interface with M) was looked for in
// C's own fields only.
func ifaceFieldPath(t *itype, name string) []int {
	seen := map[*itype]bool{}
	var walk func(*itype) []int
	walk = func(t *itype) []int {
		for t != nil && (t.cat == ptrT || t.cat == linkedT) && t.val != t {
			t = t.val
		}
		if t == nil || t.cat != structT || seen[t] {
			return nil
		}
		seen[t] = true
		for i, f := range t.field {
			if f.embed && isInterfaceSrc(f.typ) && f.typ.interfaceMethod(name) != nil {
				return []int{i}
			}
		}
		for i, f := range t.field {
			if f.embed && !isInterfaceSrc(f.typ) {
				if p := walk(f.typ); p != nil {
					return append([]int{i}, p...)
				}
			}
		}
		return nil
	}
	return walk(t)
}

// isTypeParamConstraint reports whether n, an operand of a union, is (part
// of) the constraint of a type parameter of a generic func or type
// declaration: [T A | B]. gonotes patch (s11-gen).
func isTypeParamConstraint(n *node) bool {
	p := n
	for p.anc != nil && (p.anc.kind == binaryExpr || p.anc.kind == parenExpr) {
		p = p.anc
	}
	field := p.anc
	if field == nil || field.lastChild() != p || len(field.child) < 2 || field.anc == nil || field.anc.kind != fieldList {
		return false
	}
	fl := field.anc
	switch a := fl.anc; {
	case a == nil:
		return false
	case a.kind == funcType:
		return childPos(fl) == 0
	case a.kind == typeSpec || a.kind == typeSpecAssign:
		return childPos(fl) == 1 && len(a.child) == 3
	}
	return false
}

// underlyingStr returns the string of the underlying type of t, which for
// a defined pointer, slice, array, map or channel type (type Ints []int)
// is its type literal's ([]int), not the defined type's (main.Ints).
// gonotes patch (s11-gen): such types did not satisfy a constraint
// interface{ ~[]int }, "main.Ints does not implement main.IntSlice".
func underlyingStr(t *itype) string {
	t = t.underlying()
	if t.name == "" {
		return t.id()
	}
	switch t.cat {
	case ptrT:
		return "*" + t.val.str
	case sliceT:
		return "[]" + t.val.str
	case arrayT:
		return "[" + strconv.Itoa(t.length) + "]" + t.val.str
	case mapT:
		return "map[" + t.key.str + "]" + t.val.str
	case chanT:
		return "chan " + t.val.str
	case chanSendT:
		return "chan<- " + t.val.str
	case chanRecvT:
		return "<-chan " + t.val.str
	}
	return t.id()
}

// unifyConstraintCores binds, until nothing more is bound, the type
// parameters that the core types of the constraints in tparams give from
// those bound already, as a call's inference does: var f func([]int) =
// slices.Reverse binds S to []int, and S ~[]E gives E = int (it failed
// "cannot infer E"). gonotes patch (s20-lead).
func (u *unifier) unifyConstraintCores(tparams *node) {
	for changed := true; changed; {
		changed = false
		for _, c := range tparams.child {
			ct := c.lastChild()
			for _, cc := range c.child[:len(c.child)-1] {
				t := u.bound[cc.ident]
				if t == nil {
					continue
				}
				n := len(u.bound)
				if core := coreTerm(ct); core != nil {
					u.unify(core, t)
				} else {
					u.unifyCore(ct, t)
				}
				changed = changed || len(u.bound) > n
			}
		}
	}
}
