package interp

import (
	"path"
	"path/filepath"
	"reflect" // gonotes patch (s16-errwords)
	"strings" // gonotes patch
)

// gta performs a global types analysis on the AST, registering types,
// variables and functions symbols at package level, prior to CFG.
// All function bodies are skipped. GTA is necessary to handle out of
// order declarations and multiple source files packages.
// rpath is the relative path to the directory containing the source for the package.
func (interp *Interpreter) gta(root *node, rpath, importPath, pkgName string) ([]*node, error) {
	sc := interp.initScopePkg(importPath, pkgName)
	var err error
	var revisit []*node

	baseName := filepath.Base(interp.fset.Position(root.pos).Filename)

	root.Walk(func(n *node) bool {
		if err != nil {
			return false
		}
		if n.scope == nil {
			n.scope = sc
		}
		switch n.kind {
		case constDecl:
			// Early parse of constDecl subtree, to compute all constant
			// values which may be used in further declarations.
			if _, err = interp.cfg(n, sc, importPath, pkgName); err != nil {
				// No error processing here, to allow recovery in subtree nodes.
				// TODO(marc): check for a non recoverable error and return it for better diagnostic.
				err = nil
			}

		case blockStmt:
			if n != root {
				return false // skip statement block if not the entry point
			}

		case ifStmt0, ifStmt1, ifStmt2, ifStmt3, forStmt0, forStmt1, forStmt2, forStmt3, forStmt4,
			forStmt5, forStmt6, forStmt7, forRangeStmt, rangeStmt, switchStmt, switchIfStmt,
			typeSwitch, selectStmt:
			// gonotes patch: the variables defined by the init statement of a
			// compound statement at the top level of a REPL input are local to
			// it, not globals: cfg defines them in the statement's scope.
			if n != root {
				return false
			}

		case defineStmt:
			if isLoopInit(n) {
				// gonotes patch: the variables of a for clause are local to the loop.
				return false
			}
			var (
				atyp *itype
				err2 error
			)
			if n.nleft+n.nright < len(n.child) {
				// Type is declared explicitly in the assign expression.
				if atyp, err2 = nodeType(interp, sc, n.child[n.nleft]); err2 != nil {
					// The type does not exist yet, stash the error and come back
					// when the type is known.
					n.meta = err2
					revisit = append(revisit, n)
					return false
				}
			}

			var sbase int
			if n.nright > 0 {
				sbase = len(n.child) - n.nright
			}

			// gonotes patch: `a, c := 5, 6` with a declared before (and c
			// new) redeclares a: it is assigned, not created, when its type
			// is the same, as compDefineX does for `a, err := f()`. A new
			// symbol made the statements before it read a new variable.
			hasNew := false
			if n.anc.kind != constDecl {
				for i := 0; i < n.nleft; i++ {
					if id := n.child[i].ident; id != "_" && sc.sym[id] == nil {
						hasNew = true
					}
				}
			}

			for i := 0; i < n.nleft; i++ {
				dest, src := n.child[i], n.child[sbase+i]
				if isBlank(src) {
					err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				}
				// gonotes patch (s19-errwords19): _ as an operand (x := _ + 1,
				// _.String()) and the func init as a value (f := init) at a
				// cell's top level ended in "constant definition loop".
				if e := blankOrInitOperand(src, sc); e != nil {
					err = e
					return false
				}
				val := src.rval
				if n.anc.kind == constDecl {
					// gonotes patch (s19-misc19): iota is the index of the
					// spec in its group. Each compiled spec counts it up:
					// after a spec that could not compile at first, the
					// next one took the count (e, f = "e", len(e) + iota;
					// g, h gave h 3 for 2).
					sc.iota = childPos(n)
					_, err2 := interp.cfg(n, sc, importPath, pkgName)
					if err2 != nil && n.nleft > 1 && usesLeftName(n, err2) {
						sc.iota = childPos(n)
						// gonotes patch (s19-misc19): a value of the spec
						// that uses a name declared before it in the same
						// spec (e, f = "e", len(e) + iota) is compiled
						// alone, once the names before it are defined (the
						// spec as a whole never compiled: "initialization
						// cycle for e").
						_, err2 = interp.cfg(src, sc, importPath, pkgName)
					}
					if err2 != nil {
						// Constant value can not be computed yet.
						// Come back when child dependencies are known.
						// gonotes patch: an error other than a name not defined yet
						// (division by zero, overflow) is reported if the constant
						// stays undefined, instead of "constant definition loop".
						n.meta = nil
						if !strings.Contains(err2.Error(), "undefined: ") {
							n.meta = err2
						}
						revisit = append(revisit, n)
						return false
					}
				}
				typ := atyp
				if typ == nil {
					if typ, err2 = nodeType(interp, sc, src); err2 != nil || typ == nil {
						// The type does is not known yet, stash the error and come back
						// when the type is known.
						n.meta = err2
						revisit = append(revisit, n)
						return false
					}
					val = src.rval
				}
				// gonotes patch (s13-public8): a package is no value's type:
				// var v = parse(raw), with func parse declared below, took
				// parse for the package text/template/parse (a name a cell
				// may use without importing it) until parse is declared.
				if !typ.isComplete() || typ.cat == binPkgT || typ.cat == srcPkgT {
					// Come back when type is known.
					revisit = append(revisit, n)
					return false
				}
				if typ.cat == nilT {
					err = n.cfgErrorf("use of untyped nil")
					return false
				}
				// gonotes patch (s16-errwords): a constant given the result
				// of a call of a function (const c = f()) is gc's error;
				// it compiled as a variable. Builtins and conversions,
				// which may be constant, are left alone.
				if n.anc.kind == constDecl && !val.IsValid() && src.kind == callExpr && len(src.child) > 0 {
					if f := src.child[0]; f.typ != nil && !f.isType(sc) && (f.typ.cat == funcT || f.typ.cat == valueT && f.typ.rtype != nil && f.typ.rtype.Kind() == reflect.Func) {
						if o := gcOperand(src); o != "" {
							err = src.cfgErrorf("%s is not constant", o)
							return false
						}
					}
				}
				// gonotes patch (s19-errwords19): x := panic("no") at a
				// cell's top level crashed (a variable of the builtin's
				// type); gc's error, as in a function body.
				if typ.cat == builtinT && src.kind == callExpr && isBuiltinCall(src, sc) {
					err = src.cfgErrorf("%s (no value) used as value", callString(src))
					return false
				}
				// gonotes patch (s19-errwords19): xs := []comparable{}
				// at a cell's top level crashed.
				if src.kind == compositeLitExpr && len(src.child) > 0 && src.child[0].isType(sc) {
					if err = constraintUseError(src.child[0], typ); err != nil {
						return false
					}
				}
				if typ.isBinMethod {
					typ = valueTOf(typ.methodCallType(), isBinMethod(), withScope(sc))
				}
				// gonotes patch (s13-public8): a variable that GTA declared
				// before from a constant (x := 60) has its untyped type
				// until cfg: its default type is compared. A value of
				// another type that Go assigns to it (to an interface, or a
				// constant it represents) is assigned too.
				if old := sc.sym[dest.ident]; hasNew && old != nil && old.kind == varSym && old.typ != nil && (old.typ.defaultType(old.rval, sc).id() == typ.defaultType(val, sc).id() || n.anc.kind != varDecl && redefineAssignable(typ, val, old.typ.defaultType(old.rval, sc))) { // gonotes patch: see hasNew; s13-misc: the default type of an earlier x := 1's constant
					continue
				}
				n.shadow(sc, dest.ident) // gonotes patch: see shadow.go
				sc.sym[dest.ident] = &symbol{kind: varSym, global: true, index: sc.add(typ), typ: typ, rval: val, node: n}
				if n.anc.kind == constDecl {
					sc.sym[dest.ident].kind = constSym
				}
			}
			if n.anc.kind == constDecl { // gonotes patch: iota counts specs, not names
				if childPos(n) == len(n.anc.child)-1 {
					sc.iota = 0
				} else {
					sc.iota++
				}
			}
			return false

		case defineXStmt:
			// gonotes patch: "var a, b = f()" before the declaration of f: come
			// back when f is known (its results were taken as none).
			if src := n.lastChild(); src.kind == callExpr && src.child[0].kind == identExpr {
				if sym, _, found := sc.lookup(src.child[0].ident); !found || sym.kind == typeSym && sym.typ != nil && sym.typ.incomplete {
					revisit = append(revisit, n)
					return false
				}
			}
			for i := 0; i < len(n.child)-1; i++ { // gonotes patch: see shadow.go
				n.shadow(sc, n.child[i].ident)
			}
			err = compDefineX(sc, n)
			n.unshadowKept(sc) // gonotes patch: see shadow.go

		case valueSpec:
			l := len(n.child) - 1
			if n.typ = n.child[l].typ; n.typ == nil {
				if n.typ, err = nodeType(interp, sc, n.child[l]); err != nil {
					return false
				}
				if !n.typ.isComplete() {
					// Come back when type is known.
					revisit = append(revisit, n)
					return false
				}
			}
			if err = constraintUseError(n.child[l], n.typ); err != nil { // gonotes patch (s14-typeident)
				return false
			}
			for _, c := range n.child[:l] {
				asImportName := filepath.Join(c.ident, baseName)
				sym, exists := sc.sym[asImportName]
				if !exists {
					sc.sym[c.ident] = &symbol{index: sc.add(n.typ), kind: varSym, global: true, typ: n.typ, node: n}
					continue
				}
				c.level = globalFrame

				// redeclaration error
				if sym.typ.node != nil && sym.typ.node.anc != nil {
					prevDecl := n.interp.fset.Position(sym.typ.node.anc.pos)
					err = n.cfgErrorf("%s redeclared in this block\n\tprevious declaration at %v", c.ident, prevDecl)
					return false
				}
				err = n.cfgErrorf("%s redeclared in this block", c.ident)
				return false
			}

		case funcDecl:
			if n.typ, err = nodeType(interp, sc, n.child[2]); err != nil {
				return false
			}
			genericMethod := false
			ident := n.child[1].ident
			switch {
			case isMethod(n):
				// Add a method symbol in the receiver type name space
				var rcvrtype *itype
				n.ident = ident
				rcvr := n.child[0].child[0]
				rtn := rcvr.lastChild()
				typName, typPtr := rtn.ident, false
				if err = invalidRecvErr(rtn); err != nil { // gonotes patch (s17-errwords17)
					return false
				}
				// Identifies the receiver type name. It could be an ident, a
				// generic type (indexExpr), or a pointer on either lasts.
				if typName == "" {
					typName = rtn.child[0].ident
					switch rtn.kind {
					case starExpr:
						typPtr = true
						switch c := rtn.child[0]; c.kind {
						case indexExpr, indexListExpr:
							typName = c.child[0].ident
							genericMethod = true
						}
					case indexExpr, indexListExpr:
						genericMethod = true
					}
				}
				sym, _, found := sc.lookup(typName)
				if !found {
					n.meta = n.cfgErrorf("undefined: %s", typName)
					revisit = append(revisit, n)
					return false
				}
				if sym.typ.path != pkgName {
					err = n.cfgErrorf("cannot define new methods on non-local type %s", typName) // gonotes patch (s19-errwords19): the name as written (an alias D of time.Duration), as go/types
					return false
				}
				rcvrtype = sym.typ
				if typPtr {
					elementType := sym.typ
					rcvrtype = ptrOf(elementType, withNode(rtn), withScope(sc))
					rcvrtype.incomplete = elementType.incomplete
					elementType.addMethod(n)
				}
				rcvrtype.addMethod(n)
				rtn.typ = rcvrtype
				if rcvrtype.cat == genericT {
					// generate methods for already instantiated receivers
					for _, it := range rcvrtype.instance {
						if err = genMethod(interp, sc, it, n, it.node.anc.param); err != nil {
							return false
						}
					}
				}
			case ident == "init":
				// init functions do not get declared as per the Go spec.
			default:
				asImportName := filepath.Join(ident, baseName)
				if _, exists := sc.sym[asImportName]; exists {
					// redeclaration error
					err = n.cfgErrorf("%s redeclared in this block", ident)
					return false
				}
				// Add a function symbol in the package name space except for init
				sc.sym[ident] = &symbol{kind: funcSym, typ: n.typ, node: n, index: -1}
			}
			if !n.typ.isComplete() && !genericMethod {
				revisit = append(revisit, n)
			}
			return false

		case importSpec:
			var name, ipath string
			if len(n.child) == 2 {
				ipath = constToString(n.child[1].rval)
				name = n.child[0].ident
			} else {
				ipath = constToString(n.child[0].rval)
			}
			// Try to import a binary package first, or a source package
			var pkgName string
			if packageName := path.Base(ipath); path.Dir(ipath) == packageName {
				ipath = packageName
			}
			if pkg := interp.binPkg[ipath]; pkg != nil {
				switch name {
				case "_": // no import of symbols
				case ".": // import symbols in current scope
					for n, v := range pkg {
						typ := v.Type()
						kind := binSym
						if isBinType(v) {
							typ = typ.Elem()
							kind = typeSym
						}
						sc.sym[n] = &symbol{kind: kind, typ: valueTOf(typ, withScope(sc)), rval: v}
					}
				default: // import symbols in package namespace
					if name == "" {
						name = interp.pkgNames[ipath]
					}

					// If an incomplete type exists, delete it
					if sym, exists := sc.sym[name]; exists && sym.kind == typeSym && sym.typ.incomplete {
						delete(sc.sym, name)
					}

					// Imports of a same package are all mapped in the same scope, so we cannot just
					// map them by their names, otherwise we could have collisions from same-name
					// imports in different source files of the same package. Therefore, we suffix
					// the key with the basename of the source file.
					plain := name
					name = filepath.Join(name, baseName)
					if sym, exists := sc.sym[name]; !exists {
						sc.sym[name] = &symbol{kind: pkgSym, typ: &itype{cat: binPkgT, path: ipath, scope: sc}}
						shadowUsedImport(sc, plain, sc.sym[name])
						break
					} else if sym.kind == pkgSym && sym.typ.cat == srcPkgT && sym.typ.path == ipath {
						// ignore re-import of identical package
						break
					}

					// redeclaration error. Not caught by the parser.
					err = n.cfgErrorf("%s redeclared in this block", name)
					return false
				}
			} else if pkgName, err = interp.importSrc(rpath, ipath, NoTest); err == nil {
				sc.types = interp.universe.types
				switch name {
				case "_": // no import of symbols
				case ".": // import symbols in current namespace
					for k, v := range interp.srcPkg[ipath] {
						if canExport(k) {
							sc.sym[k] = v
						}
					}
				default: // import symbols in package namespace
					if name == "" {
						name = pkgName
					}
					plain := name
					name = filepath.Join(name, baseName)
					if sym, exists := sc.sym[name]; !exists {
						sc.sym[name] = &symbol{kind: pkgSym, typ: &itype{cat: srcPkgT, path: ipath, scope: sc}}
						shadowUsedImport(sc, plain, sc.sym[name])
						break
					} else if sym.kind == pkgSym && sym.typ.cat == srcPkgT && sym.typ.path == ipath {
						// ignore re-import of identical package
						break
					}

					// redeclaration error
					err = n.cfgErrorf("%s redeclared as imported package name", name)
					return false
				}
			} else {
				err = n.cfgErrorf("import %q error: %v", ipath, err)
			}

		case typeSpec, typeSpecAssign:
			if isBlank(n.child[0]) {
				// gonotes patch (s10-goroot): `type _ T` declares nothing
				// (Go allows it; it was "cannot use _ as value").
				return false
			}
			typeName := n.child[0].ident
			if len(n.child) > 2 {
				// Handle a generic type: skip definition as parameter is not instantiated yet.
				n.typ = genericOf(nil, typeName, pkgName, withNode(n.child[0]), withScope(sc))
				if _, exists := sc.sym[typeName]; !exists {
					sc.sym[typeName] = &symbol{kind: typeSym, node: n}
				} else if old := sc.sym[typeName].typ; old != nil && old.cat == genericT && old.node != n.child[0] {
					// gonotes patch: the generic type is declared again (a
					// notebook cell run again); its instances, found by
					// name (Pair[string,int]), are the earlier type's.
					forgetInstances(sc, old)
				}
				sc.sym[typeName].typ = n.typ
				return false
			}
			var typ *itype
			if typ, err = nodeType(interp, sc, n.child[1]); err != nil {
				if isDupMethodError(err) { // gonotes patch (s15-noticeda): not a type to come back to
					return false
				}
				err = nil
				revisit = append(revisit, n)
				return false
			}

			if n.kind == typeSpecAssign {
				// Create an aliased type in the current scope
				sc.sym[typeName] = &symbol{kind: typeSym, node: n, typ: typ}
				n.typ = typ
				break
			}

			// else we are not an alias (typeSpec)

			switch n.child[1].kind {
			case identExpr, selectorExpr, indexExpr, indexListExpr: // gonotes patch (s18-fuzz18): an instance (type N Pair[string, int]) is named like a type name, not renamed in place
				if nt := namedEmptyInterface(typ, pkgName, typeName); nt != nil { // gonotes patch
					nt.node, nt.scope = n.child[0], sc
					n.typ = nt
					break
				}
				if nt := namedFuncOf(typ, pkgName, typeName); nt != nil { // gonotes patch (s18-fuzz18)
					nt.node, nt.scope = n.child[0], sc
					n.typ = nt
					break
				}
				n.typ = namedOf(typ, pkgName, typeName, withNode(n.child[0]), withScope(sc))
				n.typ.incomplete = typ.incomplete
				n.typ.field = typ.field
				copy(n.typ.method, typ.method)
			default:
				n.typ = typ
				n.typ.name = typeName
				n.typ.path = pkgName
				n.typ = tieSelf(n.typ) // gonotes patch: type L []L
				if v := n.typ.val; n.typ.cat == ptrT && v != nil && v.cat == nilT && v.incomplete && v.name == typeName && v.path == pkgName {
					err = n.cfgErrorf("type %s *%s: a pointer type that is its own element type is not supported", typeName, typeName)
					return false
				}
			}
			n.typ.str = n.typ.path + "." + n.typ.name
			// gonotes patch (s14-typeident): the field types named after
			// the type; duplicate methods of an interface type.
			refreshFieldStrs(n.typ)
			if err = dupMethodError(n); err != nil {
				return false
			}

			asImportName := filepath.Join(typeName, baseName)
			if _, exists := sc.sym[asImportName]; exists {
				// redeclaration error
				err = n.cfgErrorf("%s redeclared in this block", typeName)
				return false
			}
			sym, exists := sc.sym[typeName]
			if !exists || sym.kind != typeSym {
				// gonotes patch (s19-misc19): a type declared where an
				// earlier REPL input declared a variable, constant or
				// func of its name is a new symbol (the name was the
				// variable's with the type's type: size(3) and, in a
				// later input, var b size were refused, "size is not a
				// type"; the variable's type's methods were added to
				// the type).
				sym = &symbol{kind: typeSym, node: n}
				sc.sym[typeName] = sym
			} else if sym.typ != nil && (len(sym.typ.method) > 0) {
				// Type has already been seen as a receiver in a method function
				for _, m := range sym.typ.method {
					n.typ.addMethod(m)
				}
			}
			sym.typ = n.typ
			if !n.typ.isComplete() {
				revisit = append(revisit, n)
			}
			return false
		}
		return true
	}, nil)

	if sc != interp.universe {
		sc.pop()
	}
	return revisit, err
}

func baseType(t *itype) *itype {
	for {
		switch t.cat {
		case ptrT, linkedT:
			if t.val == t { // gonotes patch (s9-embed2): type P *P
				return t
			}
			t = t.val
		default:
			return t
		}
	}
}

// gtaRetry (re)applies gta until all global constants and types are defined.
func (interp *Interpreter) gtaRetry(nodes []*node, importPath, pkgName string) error {
	revisit := []*node{}
	for {
		for _, n := range nodes {
			list, err := interp.gta(n, importPath, importPath, pkgName)
			if err != nil {
				return err
			}
			revisit = append(revisit, list...)
		}

		if len(revisit) == 0 || equalNodes(nodes, revisit) {
			break
		}

		nodes = revisit
		revisit = []*node{}
	}

	if len(revisit) > 0 {
		n := revisit[0]
		switch n.kind {
		case typeSpec, typeSpecAssign:
			if err := definedType(n.typ); err != nil {
				return err
			}
		case defineStmt, funcDecl:
			if err, ok := n.meta.(error); ok {
				return err
			}
		}
		return n.cfgErrorf("constant definition loop")
	}
	return nil
}

func definedType(typ *itype) error {
	if typ == nil || !typ.incomplete { // gonotes patch (s19-errwords19): nil, a type that never got one, crashed
		return nil
	}
	if !typ.incomplete {
		return nil
	}
	switch typ.cat {
	case interfaceT, structT:
		for _, f := range typ.field {
			if err := definedType(f.typ); err != nil {
				return err
			}
		}
	case funcT:
		for _, t := range typ.arg {
			if err := definedType(t); err != nil {
				return err
			}
		}
		for _, t := range typ.ret {
			if err := definedType(t); err != nil {
				return err
			}
		}
	case mapT:
		if err := definedType(typ.key); err != nil {
			return err
		}
		fallthrough
	case linkedT, arrayT, chanT, chanSendT, chanRecvT, ptrT, variadicT:
		if err := definedType(typ.val); err != nil {
			return err
		}
	case nilT:
		return typ.node.cfgErrorf("undefined: %s", typ.node.ident)
	}
	return nil
}

// equalNodes returns true if two slices of nodes are identical.
func equalNodes(a, b []*node) bool {
	if len(a) != len(b) {
		return false
	}
	for i, n := range a {
		if n != b[i] {
			return false
		}
	}
	return true
}

// shadowUsedImport makes an explicit import win over the package that
// ImportUsed made usable under the same name without an import (gonotes
// patch): identifiers are looked up by their plain name first, so after
// `import "math/rand/v2"` the name rand still meant the pre-imported
// math/rand.
func shadowUsedImport(sc *scope, name string, sym *symbol) {
	if old, _, ok := sc.lookup(name); ok && old.kind == pkgSym {
		sc.sym[name] = sym
	}
}

// forgetInstances removes from sc the symbols of the instances of the
// generic type t, declared again. gonotes patch.
func forgetInstances(sc *scope, t *itype) {
	for k, sym := range sc.sym {
		if sym.kind == typeSym && sym.typ != nil && isInstanceOf(sym.typ, t) {
			delete(sc.sym, k)
		}
	}
}

// usesLeftName reports whether err, the error of compiling the constant
// spec n, is "undefined: X" for X one of its own names. gonotes patch
// (s19-misc19).
func usesLeftName(n *node, err error) bool {
	for k := 0; k < n.nleft; k++ {
		if id := n.child[k].ident; id != "_" && strings.Contains(err.Error(), "undefined: "+id) {
			return true
		}
	}
	return false
}

// blankOrInitOperand returns go/types' error for the blank identifier used
// as a value in the expression n, or for the func init named there, or
// nil. gonotes patch (s19-errwords19).
func blankOrInitOperand(n *node, sc *scope) (err error) {
	n.Walk(func(c *node) bool {
		if err != nil || c.kind == funcLit || c.kind == compositeLitExpr {
			return false
		}
		if c.kind == selectorExpr && len(c.child) == 2 {
			c.child[0].Walk(func(d *node) bool {
				if err == nil && d.kind == identExpr && d.ident == "_" && d == c.child[0] {
					err = d.cfgErrorf("cannot use _ as value or type")
				}
				return err == nil
			}, nil)
			return false // the selector's name is no operand
		}
		if c.kind != identExpr {
			return true
		}
		switch {
		case c.ident == "_" && c != n:
			err = c.cfgErrorf("cannot use _ as value or type")
		case c.ident == "init":
			if sym, _, ok := sc.lookup("init"); !ok || sym.kind == funcSym {
				err = c.cfgErrorf("undefined: init")
			}
		}
		return err == nil
	}, nil)
	return err
}
