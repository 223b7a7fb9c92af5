package interp

import (
	"fmt"
	"go/constant"
	"go/token"
	"log"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"unicode"
)

// A cfgError represents an error during CFG build stage.
type cfgError struct {
	*node
	error
}

func (c *cfgError) Error() string { return c.error.Error() }

var constOp = map[action]func(*node){
	aAdd:    addConst,
	aSub:    subConst,
	aMul:    mulConst,
	aQuo:    quoConst,
	aRem:    remConst,
	aAnd:    andConst,
	aOr:     orConst,
	aShl:    shlConst,
	aShr:    shrConst,
	aAndNot: andNotConst,
	aXor:    xorConst,
	aNot:    notConst,
	aBitNot: bitNotConst,
	aNeg:    negConst,
	aPos:    posConst,
}

var constBltn = map[string]func(*node){
	bltnComplex: complexConst,
	// gonotes patch: bltnImag, bltnReal set in init (their type refers to cfg).
}

const nilIdent = "nil"

func init() {
	// Use init() to avoid initialization cycles for the following constant builtins.
	constBltn[bltnAlignof] = alignof
	constBltn[bltnOffsetof] = offsetof
	constBltn[bltnSizeof] = sizeof
	constBltn[bltnImag] = imagConst // gonotes patch: was in the literal
	constBltn[bltnReal] = realConst // gonotes patch: was in the literal
}

// cfg generates a control flow graph (CFG) from AST (wiring successors in AST)
// and pre-compute frame sizes and indexes for all un-named (temporary) and named
// variables. A list of nodes of init functions is returned.
// Following this pass, the CFG is ready to run.
func (interp *Interpreter) cfg(root *node, sc *scope, importPath, pkgName string) ([]*node, error) {
	if sc == nil {
		sc = interp.initScopePkg(importPath, pkgName)
	}
	check := typecheck{scope: sc}
	var initNodes []*node
	var err error

	baseName := filepath.Base(interp.fset.Position(root.pos).Filename)

	root.Walk(func(n *node) bool {
		// Pre-order processing
		if err != nil {
			return false
		}
		if n.scope == nil {
			n.scope = sc
		}
		if n.shadows != nil && !n.shadows.swapped {
			n.swapShadowed() // gonotes patch: the right side reads the earlier globals (shadow.go)
		}
		switch n.kind {
		case binaryExpr, unaryExpr, parenExpr:
			if isBoolAction(n) {
				break
			}
			// Gather assigned type if set, to give context for type propagation at post-order.
			switch n.anc.kind {
			case assignStmt, defineStmt:
				a := n.anc
				i := childPos(n) - a.nright
				if i < 0 {
					break
				}
				if len(a.child) > a.nright+a.nleft {
					i--
				}
				dest := a.child[i]
				if dest.typ == nil {
					break
				}
				if dest.typ.incomplete {
					err = n.cfgErrorf("invalid type declaration")
					return false
				}
				if !isInterface(dest.typ) {
					// Interface type are not propagated, and will be resolved at post-order.
					n.typ = dest.typ
				}
			case binaryExpr, unaryExpr, parenExpr:
				if isShiftNode(n.anc) && childPos(n) == 1 {
					// gonotes patch: the count of a shift does not take the
					// type of the shift (var f float64 = 1 << (2 * n) made
					// the count a float64: "shift count type float64").
					break
				}
				n.typ = n.anc.typ
			}

		case defineStmt:
			// Determine type of variables initialized at declaration, so it can be propagated.
			if n.nleft+n.nright == len(n.child) {
				// No type was specified on the left hand side, it will resolved at post-order.
				break
			}
			// gonotes patch (s16-errwords): a type name that nothing
			// declares, in a function (var x Foo): gc's error. nodeType
			// made it a forward reference, and the variable was then
			// reported undefined where it was used.
			if c := n.child[n.nleft]; c.kind == identExpr && !sc.global && !strings.Contains(c.ident, ".") && !inGenericInstance(sc) { // a generic instance names types main.T
				if _, _, found := sc.lookup(c.ident); !found {
					err = c.cfgErrorf("undefined: %s", c.ident)
					break
				}
			}
			n.typ, err = nodeType(interp, sc, n.child[n.nleft])
			if err != nil {
				break
			}
			for i := 0; i < n.nleft; i++ {
				n.child[i].typ = n.typ
			}

		case blockStmt:
			if n.anc != nil && n.anc.kind == rangeStmt {
				// For range block: ensure that array or map type is propagated to iterators
				// prior to process block. We cannot perform this at RangeStmt pre-order because
				// type of array like value is not yet known. This could be fixed in ast structure
				// by setting array/map node as 1st child of ForRangeStmt instead of 3rd child of
				// RangeStmt. The following workaround is less elegant but ok.
				c := n.anc.child[1]
				if c != nil && c.typ != nil && isSendChan(c.typ) {
					if o := gcOperand(c); o != "" { // gonotes patch (s16-errwords): go/types' words
						err = c.cfgErrorf("cannot range over %s: receive from send-only channel %s", o, c.gcTypeStr(c.typ))
						break
					}
					err = c.cfgErrorf("invalid operation: range %s receive from send-only channel", c.ident)
					return false
				}

				// gonotes patch: range over func.
				if ok, rerr := sc.rangeFuncSetup(n.anc); ok {
					if rerr != nil {
						err = rerr
						return false
					}
				} else if t := sc.rangeChanType(n.anc); t != nil {
					// gonotes patch (s18-errwords18): a range over a channel
					// gives one value (k, v := range c ranged with v undefined).
					if len(n.anc.child) == 4 {
						o := n.anc.child[2]
						what := gcOperand(o)
						if what == "" {
							what = describeOperand(o)
						}
						err = n.anc.child[1].cfgErrorf("range over %s permits only one iteration variable", what)
						return false
					}
					// range over channel
					e := n.anc.child[0]
					sc.add(t) // gonotes patch (s17-public17): the channel, evaluated once (rangeChan: e.findex-1)
					index := sc.add(t.val)
					sc.sym[e.ident] = &symbol{index: index, kind: varSym, typ: t.val}
					e.typ = t.val
					e.findex = index
					n.anc.gen = rangeChan
				} else {
					// range over array or map
					var ktyp, vtyp *itype
					var k, v, o *node
					if len(n.anc.child) == 4 {
						k, v, o = n.anc.child[0], n.anc.child[1], n.anc.child[2]
					} else {
						k, o = n.anc.child[0], n.anc.child[1]
					}

					switch o.typ.cat {
					case valueT, linkedT:
						if isRangeInt(o.typ) { // gonotes patch: range over an integer
							n.anc.gen = rangeInt
							if ktyp, err = sc.rangeIntType(o, v); err != nil {
								return false
							}
							break
						}
						typ := o.typ.rtype
						if o.typ.cat == linkedT {
							typ = o.typ.val.TypeOf()
						}
						switch typ.Kind() {
						case reflect.Map:
							n.anc.gen = rangeMap
							ityp := valueTOf(reflect.TypeOf((*reflect.MapIter)(nil)))
							sc.add(ityp)
							ktyp = valueTOf(typ.Key())
							vtyp = valueTOf(typ.Elem())
						case reflect.String:
							sc.add(sc.getType("int")) // Add a dummy type to store array shallow copy for range
							sc.add(sc.getType("int")) // Add a dummy type to store index for range
							ktyp = sc.getType("int")
							vtyp = sc.getType("rune")
						case reflect.Array, reflect.Slice:
							sc.add(sc.getType("int")) // Add a dummy type to store array shallow copy for range
							ktyp = sc.getType("int")
							vtyp = valueTOf(typ.Elem())
						}
					case mapT:
						n.anc.gen = rangeMap
						ityp := valueTOf(reflect.TypeOf((*reflect.MapIter)(nil)))
						sc.add(ityp)
						ktyp = o.typ.key
						vtyp = o.typ.val
					case ptrT:
						// gonotes patch (s17-errwords17): only a pointer to an
						// array ranges (a *[]int ranged as a slice, a *int
						// panicked).
						if et := o.typ.val; et == nil || et.TypeOf() == nil || et.TypeOf().Kind() != reflect.Array {
							if x := gcOperand(o); x != "" {
								err = o.cfgErrorf("cannot range over %s", x)
							} else {
								err = o.cfgErrorf("cannot range over %s", describeOperand(o))
							}
							return false
						}
						sc.add(sc.getType("int")) // gonotes patch: the array shallow copy, as for arrays (it overwrote the previous slot)
						ktyp = sc.getType("int")
						vtyp = o.typ.val
						if vtyp.cat == valueT {
							vtyp = valueTOf(vtyp.rtype.Elem())
						} else {
							vtyp = vtyp.val
						}
					case stringT:
						sc.add(sc.getType("int")) // Add a dummy type to store array shallow copy for range
						sc.add(sc.getType("int")) // Add a dummy type to store index for range
						ktyp = sc.getType("int")
						vtyp = sc.getType("rune")
					case arrayT, sliceT, variadicT:
						sc.add(sc.getType("int")) // Add a dummy type to store array shallow copy for range
						ktyp = sc.getType("int")
						vtyp = o.typ.val
					case intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT: // gonotes patch: range over an integer
						n.anc.gen = rangeInt
						if ktyp, err = sc.rangeIntType(o, v); err != nil {
							return false
						}
					}

					if ktyp == nil { // gonotes patch: an error, not a "nil type" panic
						if x := gcExpr(o); x != "" && o.typ != nil && o.typ.cat == funcT && isGeneric(o.typ) { // gonotes patch (s19-errwords19): range maps.Keys
							err = o.cfgErrorf("cannot use generic function %s without instantiation", x)
							return false
						}
						if x := gcOperand(o); x != "" { // gonotes patch (s17-errwords17): go/types' words
							if why := rangeFuncWhy(o.typ); why != "" { // gonotes patch (s19-errwords19)
								x += ": " + why
							}
							err = o.cfgErrorf("cannot range over %s", x)
							return false
						}
						err = o.cfgErrorf("cannot range over %s", describeOperand(o))
						return false
					}
					kindex := sc.add(ktyp)
					sc.sym[k.ident] = &symbol{index: kindex, kind: varSym, typ: ktyp}
					k.typ = ktyp
					k.findex = kindex

					if v != nil {
						vindex := sc.add(vtyp)
						sc.sym[v.ident] = &symbol{index: vindex, kind: varSym, typ: vtyp}
						v.typ = vtyp
						v.findex = vindex
					}
				}
			}

			n.findex = -1
			n.val = nil
			sc = sc.pushBloc()
			// Pre-define symbols for labels defined in this block, so we are sure that
			// they are already defined when met.
			predefineLabels(sc, n.child) // gonotes patch (s15-public10a): shared with clauses
			// If block is the body of a function, get declared variables in current scope.
			// This is done in order to add the func signature symbols into sc.sym,
			// as we will need them in post-processing.
			if n.anc != nil && n.anc.kind == funcDecl {
				for k, v := range sc.anc.sym {
					sc.sym[k] = v
				}
			}

		case breakStmt, continueStmt, gotoStmt:
			if len(n.child) == 0 {
				break
			}
			// Handle labeled statements.
			label := labelKey(n.child[0].ident)     // gonotes patch
			if sym, _, ok := sc.lookup(label); ok { // gonotes patch: a label key holds only a label
				n.sym = sym
			} else {
				n.sym = &symbol{kind: labelSym, index: -1}
				sc.sym[label] = n.sym
			}
			if n.kind == gotoStmt {
				n.sym.from = append(n.sym.from, n) // To allow forward goto statements.
			}

		case caseClause:
			sc = sc.pushBloc()
			if len(n.child) > 0 && n.lastChild().kind == caseBody {
				b := n.lastChild()
				predefineLabels(sc, b.child) // gonotes patch (s15-public10a)
			}
			// gonotes patch (s15-public10a): an empty default clause has no
			// body, where the guard's variable would be defined.
			if sn := n.anc.anc; sn.kind == typeSwitch && sn.child[1].action == aAssign && len(n.child) > 0 {
				// Type switch clause with a var defined in switch guard.
				var typ *itype
				if len(n.child) == 2 {
					// 1 type in clause: define the var with this type in the case clause scope.
					switch {
					case n.child[0].ident == nilIdent:
						typ = sc.getType("interface{}")
					case !n.child[0].isType(sc):
						err = n.cfgErrorf("%s is not a type", n.child[0].ident)
					default:
						typ, err = nodeType(interp, sc, n.child[0])
					}
				} else {
					// Define the var with the type in the switch guard expression.
					typ = sn.child[1].child[1].child[0].typ
				}
				if err != nil {
					return false
				}
				nod := n.lastChild().child[0]
				index := sc.add(typ)
				sc.sym[nod.ident] = &symbol{index: index, kind: varSym, typ: typ}
				nod.findex = index
				nod.typ = typ
			}

		case selectStmt: // gonotes patch
			// A break in a select clause ends the select statement, as
			// in a switch: it went to the enclosing loop's end (ending the
			// loop), or with no loop around, to nil (ending the function).
			sc = sc.pushBloc()
			sc.loop = n

		case commClauseDefault:
			sc = sc.pushBloc()
			predefineLabels(sc, n.child) // gonotes patch (s15-public10a)

		case commClause:
			sc = sc.pushBloc()
			predefineLabels(sc, n.child) // gonotes patch (s15-public10a)
			// gonotes patch: only "case v := <-ch" declares v; "case v = <-ch"
			// assigns the variable in scope (it declared a new one: the
			// variable was unchanged after the select).
			if len(n.child) > 0 && n.child[0].action == aAssign && n.child[0].kind == defineStmt {
				ch := n.child[0].child[1].child[0]
				var typ *itype
				if typ, err = nodeType(interp, sc, ch); err != nil {
					return false
				}
				if !isChan(typ) {
					err = n.cfgErrorf("invalid operation: receive from non-chan type")
					return false
				}
				elem := chanElement(typ)
				assigned := n.child[0].child[0]
				index := sc.add(elem)
				sc.sym[assigned.ident] = &symbol{index: index, kind: varSym, typ: elem}
				assigned.findex = index
				assigned.typ = elem
			}

		case compositeLitExpr:
			if len(n.child) > 0 && n.child[0].isType(sc) {
				// Get type from 1st child.
				if n.typ, err = nodeType(interp, sc, n.child[0]); err != nil {
					return false
				}
				// gonotes patch (s19-errwords19): []Num{} of a constraint
				// interface Num is gc's error, as var xs []Num is.
				if err = constraintUseError(n.child[0], n.typ); err != nil {
					return false
				}
				// Indicate that the first child is the type.
				n.nleft = 1
			} else {
				// Get type from ancestor (implicit type).
				if n.anc.kind == keyValueExpr && n == n.anc.child[0] {
					n.typ = n.anc.typ.key
				} else if atyp := n.anc.typ; atyp != nil {
					if atyp.cat == valueT && hasElem(atyp.rtype) {
						n.typ = valueTOf(atyp.rtype.Elem())
					} else {
						n.typ = atyp.val
					}
				}
				if n.typ == nil && (n.child[0].kind == indexExpr || n.child[0].kind == indexListExpr) {
					// gonotes patch: an instance of a generic type that isType
					// does not know (Dict[string, Vec[int]]{...}): its type, a
					// named instance with its methods, rather than the type of
					// its definition's right-hand side generated below.
					if t, err1 := nodeType(interp, sc, n.child[0]); err1 == nil && t != nil && t.cat != genericT && !t.incomplete {
						n.typ = t
						n.nleft = 1
					}
				}
				if n.typ == nil {
					// A nil type indicates either an error or a generic type.
					// A child indexExpr or indexListExpr is used for type parameters,
					// it indicates an instanciated generic.
					if n.child[0].kind != indexExpr && n.child[0].kind != indexListExpr {
						err = n.cfgErrorf("undefined type")
						return false
					}
					t0, err1 := nodeType(interp, sc, n.child[0].child[0])
					if err1 != nil {
						return false
					}
					if t0.cat != genericT {
						err = n.cfgErrorf("undefined type")
						return false
					}
					// We have a composite literal of generic type, instantiate it.
					lt := []*itype{}
					for _, n1 := range n.child[0].child[1:] {
						t1, err1 := nodeType(interp, sc, n1)
						if err1 != nil {
							return false
						}
						lt = append(lt, t1)
					}
					var g *node
					g, _, err = genAST(sc, t0.node.anc, lt)
					if err != nil {
						return false
					}
					n.child[0] = g.lastChild()
					n.typ, err = nodeType(interp, sc, n.child[0])
					if err != nil {
						return false
					}
					// Generate methods if any.
					// gonotes patch: all declared before any is compiled.
					var gms []*node
					for _, nod := range t0.method {
						gm, _, err2 := genAST(nod.scope, nod, lt)
						if err2 != nil {
							err = err2
							return false
						}
						gm.typ, err = nodeType(interp, nod.scope, gm.child[2])
						if err != nil {
							return false
						}
						n.typ.addMethod(gm)
						gms = append(gms, gm)
					}
					for _, gm := range gms {
						if _, err = interp.cfg(gm, sc, sc.pkgID, sc.pkgName); err != nil {
							return false
						}
						interp.genRunLater(gm) // gonotes patch (s20-public20): see genRunLater
					}
					n.nleft = 1 // Indictate the type of composite literal.
				}
			}

			child := n.child
			if n.nleft > 0 {
				n.child[0].typ = n.typ
				child = n.child[1:]
			}
			// Propagate type to children, to handle implicit types
			for _, c := range child {
				if isBlank(c) {
					err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
					return false
				}
				switch c.kind {
				case binaryExpr, unaryExpr, compositeLitExpr:
					// Do not attempt to propagate composite type to operator expressions,
					// it breaks constant folding.
				case keyValueExpr, typeAssertExpr, indexExpr:
					c.typ = n.typ
				default:
					if c.ident == nilIdent && sc.predeclared(nilIdent) { // gonotes patch: not a variable named nil
						c.typ = sc.getType(nilIdent)
						continue
					}
					if c.typ, err = nodeType(interp, sc, c); err != nil {
						return false
					}
				}
			}

		case forStmt0, forStmt1, forStmt2, forStmt3, forStmt4, forStmt5, forStmt6, forStmt7, forRangeStmt:
			sc = sc.pushBloc()
			sc.loop, sc.loopRestart = n, n.lastChild()

		case funcLit:
			n.typ = nil // to force nodeType to recompute the type
			if n.typ, err = nodeType(interp, sc, n); err != nil {
				return false
			}
			n.findex = sc.add(n.typ)
			fallthrough

		case funcDecl:
			// Do not allow function declarations without body.
			if len(n.child) < 4 {
				err = n.cfgErrorf("missing function body")
				return false
			}
			n.val = n

			// Skip substree in case of a generic function.
			if len(n.child[2].child[0].child) > 0 {
				return false
			}

			// Skip subtree if the function is a method with a generic receiver.
			if len(n.child[0].child) > 0 {
				recvTypeNode := n.child[0].child[0].lastChild()
				typ, err := nodeType(interp, sc, recvTypeNode)
				if err != nil {
					return false
				}
				if typ.cat == genericT || (typ.val != nil && typ.val.cat == genericT) {
					return false
				}
				if typ.cat == ptrT {
					rc0 := recvTypeNode.child[0]
					rt0, err := nodeType(interp, sc, rc0)
					if err != nil {
						return false
					}
					if rc0.kind == indexExpr && rt0.cat == structT {
						return false
					}
				}
			}

			// gonotes patch (s15-public10a): a struct type's method and
			// field names must be distinct.
			if len(n.child[0].child) > 0 {
				if rt, rerr := nodeType(interp, sc, n.child[0].child[0].lastChild()); rerr == nil && rt.fieldIndex(n.child[1].ident) >= 0 {
					err = n.child[1].cfgErrorf("field and method with the same name %s", n.child[1].ident)
					return false
				}
			}

			// Compute function type before entering local scope to avoid
			// possible collisions with function argument names.
			n.child[2].typ, err = nodeType(interp, sc, n.child[2])
			if err != nil {
				return false
			}
			n.typ = n.child[2].typ

			// Add a frame indirection level as we enter in a func.
			sc = sc.pushFunc()
			sc.def = n

			// Allocate frame space for return values, define output symbols.
			if len(n.child[2].child) == 3 {
				for _, c := range n.child[2].child[2].child {
					var typ *itype
					if typ, err = nodeType(interp, sc, c.lastChild()); err != nil {
						return false
					}
					if len(c.child) > 1 {
						for _, cc := range c.child[:len(c.child)-1] {
							sc.sym[cc.ident] = &symbol{index: sc.add(typ), kind: varSym, typ: typ}
						}
					} else {
						sc.add(typ)
					}
				}
			}

			// Define receiver symbol.
			if len(n.child[0].child) > 0 {
				var typ *itype
				fr := n.child[0].child[0]
				recvTypeNode := fr.lastChild()
				if typ, err = nodeType(interp, sc, recvTypeNode); err != nil {
					return false
				}
				if typ.cat == nilT {
					// This may happen when instantiating generic methods.
					s2, _, ok := sc.lookup(typ.id())
					if !ok {
						err = n.cfgErrorf("type not found: %s", typ.id())
						break
					}
					typ = s2.typ
					if typ.cat == nilT {
						err = n.cfgErrorf("nil type: %s", typ.id())
						break
					}
				}
				recvTypeNode.typ = typ
				n.child[2].typ.recv = typ
				n.typ.recv = typ
				index := sc.add(typ)
				if len(fr.child) > 1 {
					sc.sym[fr.child[0].ident] = &symbol{index: index, kind: varSym, typ: typ}
				}
			}

			// Define input parameter symbols.
			for _, c := range n.child[2].child[1].child {
				var typ *itype
				if typ, err = nodeType(interp, sc, c.lastChild()); err != nil {
					return false
				}
				for _, cc := range c.child[:len(c.child)-1] {
					sc.sym[cc.ident] = &symbol{index: sc.add(typ), kind: varSym, typ: typ}
				}
				if len(c.child) == 1 {
					// gonotes patch: an unnamed parameter (func(int) error)
					// has its frame slot too, as an unnamed result does:
					// the call writes the arguments in consecutive slots,
					// so without it the argument overwrote the function's
					// first local (reflect.Set panicked, or a value changed).
					sc.add(typ)
				}
			}

			if n.child[1].ident == "init" && len(n.child[0].child) == 0 {
				initNodes = append(initNodes, n)
			}

		case ifStmt0, ifStmt1, ifStmt2, ifStmt3:
			sc = sc.pushBloc()

		case switchStmt, switchIfStmt, typeSwitch:
			// Make sure default clause is in last position.
			c := n.lastChild().child
			for k := range c { // gonotes patch: fallthrough follows the source order
				c[k].fallTo = nil
				if k+1 < len(c) {
					c[k].fallTo = c[k+1]
				}
			}
			if i, l := getDefault(n), len(c)-1; i >= 0 && i != l {
				// gonotes patch: move default to the end keeping the order of
				// the other clauses (a swap made the last case be tested
				// before the ones that come after default in the source).
				d := c[i]
				copy(c[i:], c[i+1:])
				c[l] = d
			}
			sc = sc.pushBloc()
			sc.loop = n

		case importSpec:
			// Already all done in GTA.
			return false

		case typeSpecAssign:
			// gonotes patch: a generic alias (type A[T any] = ...) is
			// instantiated where it is used, as a generic type; its right-hand
			// side uses type parameters that are not values.
			if len(n.child) > 2 {
				return false
			}
			if sc.def != nil {
				// gonotes patch: a local alias (type A = T in a func body)
				// was never declared.
				var typ *itype
				if typ, err = nodeType(interp, sc, n.child[1]); err != nil {
					return false
				}
				n.typ = typ
				sc.sym[n.child[0].ident] = &symbol{kind: typeSym, node: n, typ: typ}
				return false
			}

		case typeSpec:
			// Processing already done in GTA pass for global types, only parses inlined types.
			if sc.def == nil {
				return false
			}
			typeName := n.child[0].ident
			if len(n.child) > 2 {
				// gonotes patch (s11-gen): a local generic type (type T[P
				// any] ... in a func body) is instantiated where it is used,
				// as GTA makes a global one ("type definition not
				// implemented").
				n.typ = genericOf(nil, typeName, pkgName, withNode(n.child[0]), withScope(sc))
				// gonotes patch (s12-goroot): its instances are types of
				// their own, not those of another func's T (see below).
				n.typ.local = localTypeMark(n)
				n.typ.str += n.typ.local
				sc.sym[typeName] = &symbol{kind: typeSym, node: n, typ: n.typ}
				return false
			}
			var typ *itype
			if typ, err = nodeType(interp, sc, n.child[1]); err != nil {
				return false
			}
			if typ.incomplete && n.child[1].kind != identExpr && n.child[1].kind != selectorExpr && typ.cat != structT {
				// gonotes patch (s13-goroot9): a local type defined through
				// itself (type P *[2]P, type L []L in a func): declared
				// before its placeholders are resolved (placeholderType).
				typ.name, typ.path, typ.local = typeName, pkgName, localTypeMark(n)
				typ = tieSelf(typ)
				sc.sym[typeName] = &symbol{kind: typeSym, node: n, typ: typ}
				completeThroughSelf(typ)
			}
			if typ.incomplete {
				// Type may still be incomplete in case of a local recursive struct declaration.
				if typ, err = typ.finalize(); err != nil {
					err = n.cfgErrorf("invalid type declaration")
					return false
				}
			}

			switch n.child[1].kind {
			case identExpr, selectorExpr, indexExpr, indexListExpr: // gonotes patch (s18-fuzz18): see gta.go
				if nt := namedEmptyInterface(typ, pkgName, typeName); nt != nil { // gonotes patch: see namedEmptyInterface
					n.typ = nt
					break
				}
				if nt := namedFuncOf(typ, pkgName, typeName); nt != nil { // gonotes patch (s18-fuzz18): see namedFuncOf
					nt.node, nt.scope = n.child[0], sc
					n.typ = nt
					break
				}
				// gonotes patch (s12-goroot): with its node, as gta makes a
				// global one: a type of the same name declared in an inner
				// block is not this one (reusable), `type T string` there
				// was an outer `type T int`.
				n.typ = namedOf(typ, pkgName, typeName, withNode(n.child[0]), withScope(sc))
			default:
				n.typ = typ
				n.typ.name = typeName
				// gonotes patch: a local type is named as a global one (%T
				// prints main.local, not its structure).
				n.typ.path = pkgName
			}
			// gonotes patch (s12-goroot): a local type is a type of its
			// own, not the package's type or another function's local
			// type of the same name: its string, the interpreter's
			// identity of types, has a mark only it has (typeDisplay
			// removes it where the type is named to the user).
			n.typ.local = localTypeMark(n)
			if targs := enclosingTypeArgs(sc.def); targs != "" {
				n.typ.name = typeName + targs // as Go names it: main.wrap[int] in an instance of a generic func
			}
			n.typ.str = pkgName + "." + n.typ.name + n.typ.local
			// gonotes patch (s14-typeident): the field types named after
			// the type; duplicate methods of an interface type.
			refreshFieldStrs(n.typ)
			if err = dupMethodError(n); err != nil {
				return false
			}
			sc.sym[typeName] = &symbol{kind: typeSym, typ: n.typ}
			return false

		case constDecl:
			// Early parse of constDecl subtrees, to compute all constant
			// values which may be used in further declarations.
			if !sc.global {
				for _, c := range n.child {
					if _, err = interp.cfg(c, sc, importPath, pkgName); err != nil {
						// No error processing here, to allow recovery in subtree nodes.
						err = nil
					}
				}
			}

		case arrayType, basicLit, chanType, chanTypeRecv, chanTypeSend, funcType, interfaceType, mapType, structType:
			n.typ, err = nodeType(interp, sc, n)
			return false
		}
		return true
	}, func(n *node) {
		// Post-order processing
		if n.shadows != nil && n.shadows.swapped {
			// gonotes patch: the left side is bound to the new globals
			// (shadow.go); the record, which holds the earlier symbols
			// and so their inputs, is no longer needed.
			n.swapShadowed()
			n.shadows = nil
		}
		if err != nil {
			return
		}
		check.frame = sc // gonotes patch (s10-goroot): see typecheck.frame

		defer func() {
			if r := recover(); r != nil {
				// Display the exact location in input source which triggered the panic
				panic(n.cfgErrorf("CFG post-order panic: %v", r))
			}
		}()
		if n.stackMove != nil { // gonotes patch (s18-misc18): stackbufret.go
			resolveStackMove(interp, sc, n)
		}

		switch n.kind {
		case addressExpr:
			if isBlank(n.child[0]) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			wireChild(n)

			err = check.addressExpr(n)
			if err != nil {
				break
			}

			n.typ = ptrOf(n.child[0].typ)
			n.findex = sc.add(n.typ)

		case assignStmt, defineStmt:
			if n.anc.kind == typeSwitch && n.anc.child[1] == n {
				// type switch guard assignment: assign dest to concrete value of src
				n.gen = nop
				break
			}

			var atyp *itype
			if n.nleft+n.nright < len(n.child) {
				// gonotes patch (s17-redecl): a variable given as the type
				// (x := 1; var y x) declared y with x's type.
				if t := n.child[n.nleft]; t.kind == identExpr {
					if sym, _, found := sc.lookup(t.ident); found && sym.kind == varSym {
						what := "local variable"
						if sym.global {
							what = "package-level variable"
						}
						err = t.cfgErrorf("%s (%s) is not a type", t.ident, what)
						break
					}
				}
				if atyp, err = nodeType(interp, sc, n.child[n.nleft]); err != nil {
					break
				}
				if err = constraintUseError(n.child[n.nleft], atyp); err != nil { // gonotes patch (s14-typeident)
					break
				}
			}

			var sbase int
			if n.nright > 0 {
				sbase = len(n.child) - n.nright
			}

			wireChild(n)
			opAssignOrder(n) // gonotes patch (s13-goroot9)
			markLHSLate(n)   // gonotes patch (s13-goroot9)
			// gonotes patch (s12-public7): a, b := x, y in a function, with a
			// declared before in the same scope and b new, assigns a (a
			// redeclaration): it declared a second a, so that a closure or
			// a pointer made before kept the first.
			redeclares := n.kind == defineStmt && n.anc.kind != varDecl && n.anc.kind != constDecl && n.nleft > 1 && n.nleft == n.nright && !sc.global && hasNewDefine(n, sc)
			// gonotes patch (s12-wrap): x := 2 after x := 1 in the same
			// block of a function declared a second x; Go rejects it (a
			// select case's variables are declared with its clause).
			if n.kind == defineStmt && n.anc.kind != varDecl && n.anc.kind != constDecl && n.anc.kind != commClause && !sc.global && !hasNewDefine(n, sc) {
				err = n.cfgErrorf("no new variables on left side of :=")
				break
			}
			// gonotes patch (s14-lead): a call of no value or of several
			// values where one value goes (x := strconv.Atoi(s)) took its
			// first value or panicked at run time; Go rejects it.
			if n.nleft == n.nright {
				for i := 0; i < n.nright && err == nil; i++ {
					err = singleValueCall(n.child[sbase+i], sc, n.nleft == 1 && n.anc.kind != varDecl)
				}
				if err != nil {
					break
				}
			}
			for i := 0; i < n.nleft; i++ {
				dest, src := n.child[i], n.child[sbase+i]
				if genericFuncDecl(src.typ) != nil && n.nleft == n.nright {
					// gonotes patch: a generic func assigned without type
					// arguments to a variable of func type (Go 1.21).
					want := atyp
					if want == nil && n.kind == assignStmt {
						want = dest.typ
					}
					if src, err = interp.instantiateFuncValue(sc, src, want, importPath, pkgName); err != nil {
						break
					}
				}
				updateSym := false
				var sym *symbol
				var level int

				// gonotes patch (s10-goroot): a variable of a compiled package
				// (runtime.MemProfileRate) is no constant.
				if dest.rval.IsValid() && isConstType(dest.typ) && !isBinPkgVar(dest) {
					if dest.ident != "" && n.kind == assignStmt { // gonotes patch (s16-errwords): go/types' words
						err = dest.cfgErrorf("cannot assign to %s (neither addressable nor a map index expression)", dest.ident)
						break
					}
					err = n.cfgErrorf("cannot assign to %s (%s constant)", dest.rval, dest.typ.str)
					break
				}
				if dest.kind == indexExpr && dest.child[0].typ != nil && isString(dest.child[0].typ.TypeOf()) {
					// gonotes patch: bytes of a string are not addressable.
					err = dest.cfgErrorf("cannot assign to %s (neither addressable nor a map index expression)", exprString(dest))
					break
				}
				if err = mapElemPartErr(dest); err != nil { // gonotes patch (s15-public10a)
					break
				}
				if err = floatShiftErr(n, dest, src, atyp); err != nil { // gonotes patch (s15-public10a)
					break
				}
				// gonotes patch: without values (var _ T), src is dest itself.
				if isBlank(src) && n.nright > 0 {
					err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
					break
				}
				if n.kind == defineStmt || (n.kind == assignStmt && dest.ident == "_") {
					if atyp != nil {
						dest.typ = atyp
					} else {
						if src.typ, err = nodeType(interp, sc, src); err != nil {
							return
						}
						if src.typ.isBinMethod {
							dest.typ = valueTOf(src.typ.methodCallType())
						} else {
							// In a new definition, propagate the source type to the destination
							// type. If the source is an untyped constant, make sure that the
							// type matches a default type.
							dest.typ = sc.fixType(src.typ)
						}
					}
					if dest.typ.incomplete {
						return
					}
					if redeclares && dest.ident != "_" {
						if s, ok := sc.sym[dest.ident]; ok && s.kind == varSym && s.index >= 0 && s.typ != nil && !s.global {
							sym = s
							dest.redeclared = true
							dest.typ = s.typ
						}
					}
					if sc.global && !inNestedScope(n, root) && !isLoopInit(n) { // gonotes patch: GTA defines only top-level variables; a for clause declares new ones
						// Do not overload existing symbols (defined in GTA) in global scope.
						// gonotes patch (s11-fixa): but not the universe's (const
						// int = 5 compiled before GTA defines it changed the
						// predeclared int).
						// gonotes patch (s20-public20): nor the blank
						// identifier's: each `_ = x` at a cell's top level
						// has a slot of its own, of its value's type (a
						// second one of another type reused the first's:
						// "reflect.Set: value of type []int is not
						// assignable to type map[string]int").
						if !sc.predeclared(dest.ident) && dest.ident != "_" {
							sym, _, _ = sc.lookup(dest.ident)
						}
						// gonotes patch (s13-public8, s13-misc): a, b := x, y whose a
						// GTA found declared before (and b new) assigns a in
						// place, as in a function: a pointer or closure made
						// before sees it (the define recreated its value).
						if sym != nil && sym.kind == varSym && sym.node != n && n.kind == defineStmt && n.anc.kind != varDecl && n.nleft > 1 && n.nleft == n.nright && dest.ident != "_" && hasNewDefineGTA(n, sc) {
							dest.redeclared = true
							dest.typ = sym.typ
						}
					}
					if sym == nil {
						sym = &symbol{index: sc.add(dest.typ), kind: varSym, typ: dest.typ}
						sc.sym[dest.ident] = sym
					}
					dest.val = src.val
					dest.recv = src.recv
					dest.findex = sym.index
					updateSym = !dest.redeclared
				} else {
					sym, level, _ = sc.lookup(dest.ident)
				}

				err = check.assignExpr(n, dest, src)
				if err != nil {
					break
				}

				if updateSym {
					sym.typ = dest.typ
					sym.rval = src.rval
					if n.anc.kind == constDecl { // gonotes patch: a typed float32 constant has a float32 value (roundConst32)
						sym.rval = roundConst32(dest.typ, src.rval)
					}
					// As we are updating the sym type, we need to update the sc.type
					// when the sym has an index.
					if sym.index >= 0 {
						sc.types[sym.index] = sym.typ.frameType()
					}
				}
				n.findex = dest.findex
				n.level = dest.level

				// In the following, we attempt to optimize by skipping the assign
				// operation and setting the source location directly to the destination
				// location in the frame.
				//
				if n.action == aAssign && isMapEntry(dest) {
					// gonotes patch (s11-fixa): as below, whatever the source
					// (m[k] = 1 read m[k] first, which reports an unhashable
					// key as a read does).
					dest.gen = nop
				}
				switch {
				case n.action != aAssign:
					// Do not skip assign operation if it is combined with another operator.
				case n.nleft > 1 && n.nright > 0 && (isCall(src) || src.action == aRecv || src.action == aCompositeLit): // gonotes patch
					// Do not skip the assign operation of a parallel
					// assignment (a, b := x, <-ch; c, d = x, f(); e, s :=
					// x, []int{1}): the skip below replaces the gen of the
					// whole statement with nop, so the other destinations
					// were never assigned (left zero), and a source written
					// in place before the others are evaluated would break
					// the parallel semantics.
				case src.rval.IsValid():
					// Do not skip assign operation if setting from a constant value.
				case n.nleft > 1 && (isCall(src) || src.action == aRecv || src.action == aCompositeLit): // gonotes patch
					// Do not skip the assign operation of a tuple assignment
					// (a, b = f(), x): n.gen = nop would skip the other pairs
					// of the statement, and a source writing in place to its
					// destination would be seen by the operands evaluated
					// after it (a, b = f(b), a).
				case level == globalFrame && (isCall(src) || src.action == aRecv || src.action == aCompositeLit): // gonotes patch
					// Do not skip the assign operation to a global variable:
					// a call, receive or composite literal writing its result
					// in place replaces the reflect.Value of the frame slot
					// (a new address: a pointer taken to the variable before
					// no longer sees it), and the global frame's slots may be
					// copied concurrently (see frame.globals). The assign sets
					// the value through the variable's address.
				case n.kind == assignStmt && src.action == aCompositeLit && src.typ != nil && src.typ.TypeOf() != nil && src.typ.TypeOf().Kind() == reflect.Struct: // gonotes patch
					// Do not skip the assign operation of a struct literal to
					// a declared variable (x = T{...}): the literal written in
					// place replaces the reflect.Value of the frame slot, so
					// a pointer taken to the variable before (p := &x) and a
					// closure's copy of the frame (x = T{} in a func literal,
					// a deferred func setting a named result after recover)
					// no longer saw it. The assign sets the value through
					// the variable's address, as for globals above.
				case isMapEntry(dest):
					// Setting a map entry requires an additional step, do not optimize.
					// As we only write, skip the default useless getIndexMap dest action.
					dest.gen = nop
				case isFuncField(dest):
					// Setting a struct field of function type requires an extra step. Do not optimize.
				case isCall(src) && !isInterfaceSrc(dest.typ) && n.kind != defineStmt:
					// Call action may perform the assignment directly.
					if dest.typ.id() != src.typ.id() {
						// Skip optimitization if returned type doesn't match assigned one.
						break
					}
					n.gen = nop
					src.level = level
					src.findex = dest.findex
					if src.typ.untyped && !dest.typ.untyped {
						src.typ = dest.typ
					}
				case src.action == aRecv && isInterfaceSrc(dest.typ) && !isInterfaceSrc(src.typ):
					// gonotes patch (s11-refl): a value received into a
					// variable of an interface type is converted by the
					// assign (the receive wrote the element in place and gave
					// its type to the variable: `var i any; i = <-c; i == 1`
					// compared as ints, "call of reflect.Value.Int on
					// interface Value").
				case src.action == aRecv:
					// Assign by reading from a receiving channel.
					n.gen = nop
					src.findex = dest.findex // Set recv address to LHS.
					dest.typ = src.typ
				case src.action == aCompositeLit:
					if dest.typ.cat == valueT && dest.typ.rtype.Kind() == reflect.Interface || dest.typ.cat == errorT { // gonotes patch: error too (var e error = T{})
						// Skip optimisation for assigned interface.
						break
					}
					if isEmptyInterface(dest.typ) && (dynTypeNeeded(src.typ) || len(src.typ.method) > 0) { // gonotes patch: the value is wrapped (dyntype.go); an empty interface holds the dynamic type of a literal with methods (var a any = T{}), as other values
						break
					}
					if isInterfaceSrc(dest.typ) && dest.kind != identExpr { // gonotes patch: b.S = Sq{3}, S of an interface type: converted by assign
						break
					}
					if isInterfaceSrc(dest.typ) && src.typ != nil && src.typ.TypeOf() != nil && src.typ.TypeOf().Kind() != reflect.Struct { // gonotes patch: var h Handler = Chain{up}, a slice (array, map) literal of a type with methods: the literal's generator does not make the interface value, assign does
						break
					}
					if dest.action == aGetIndex || dest.action == aStar {
						// Skip optimization, as it does not work when assigning to a struct field or a dereferenced pointer.
						break
					}
					n.gen = nop
					src.findex = dest.findex
					src.level = level
				case len(n.child) < 4 && n.kind != defineStmt && isArithmeticAction(src) && !isInterface(dest.typ):
					// Optimize single assignments from some arithmetic operations.
					src.typ = dest.typ
					src.findex = dest.findex
					src.level = level
					n.gen = nop
				case src.kind == basicLit:
					// Assign to nil.
					src.rval = reflect.New(dest.typ.TypeOf()).Elem()
				case n.nright == 0:
					n.gen = reset
				}

				n.typ = dest.typ
				if sym != nil {
					sym.typ = n.typ
					sym.recv = src.recv
				}

				n.level = level

				if n.anc.kind == constDecl {
					if err = notConstantErr(src, sc); err != nil { // gonotes patch (s19-errwords19)
						return
					}
					n.gen = nop
					n.findex = notInFrame
					if sym, _, ok := sc.lookup(dest.ident); ok {
						sym.kind = constSym
						if sym.node == nil {
							sym.node = n // gonotes patch (s15-noticeda): its declaration (typedConstSym)
						}
					}
				}
			}
			if n.anc.kind == constDecl { // gonotes patch: iota counts specs, not names
				if childPos(n) == len(n.anc.child)-1 {
					sc.iota = 0
				} else {
					sc.iota++
				}
			}

		case incDecStmt:
			err = check.unaryExpr(n)
			if err != nil {
				break
			}
			if c := n.child[0]; c.kind == basicLit && c.rval.IsValid() { // gonotes patch (s17-errwords17): a constant (it panicked at run time)
				if x := gcExpr(c); x != "" {
					err = n.cfgErrorf("cannot assign to %s (neither addressable nor a map index expression)", x)
					break
				}
			}
			if err = mapElemPartErr(n.child[0]); err != nil { // gonotes patch (s15-public10a)
				break
			}
			wireChild(n)
			n.findex = n.child[0].findex
			n.level = n.child[0].level
			n.typ = n.child[0].typ
			if sym, level, ok := sc.lookup(n.child[0].ident); ok {
				sym.typ = n.typ
				n.level = level
			}

		case assignXStmt:
			wireChild(n)
			l := len(n.child) - 1
			switch lc := n.child[l]; lc.kind {
			case callExpr:
				if declaresType(n) && n.child[l-1].isType(sc) { // gonotes patch (s11-fixa): see declaresType
					l--
				}
				if r := lc.child[0].typ.numOut(); r != l {
					err = mismatchErr(lc, l, r) // gonotes patch (s14-lead): Go's words
				}
				if isBinCall(lc, sc) {
					n.gen = nop
				} else {
					// TODO (marc): skip if no conversion or wrapping is needed.
					n.gen = assignFromCall
				}
			case indexExpr:
				lc.gen = getIndexMap2
				n.gen = nop
			case typeAssertExpr:
				if n.child[0].ident == "_" {
					lc.gen = typeAssertStatus
				} else {
					lc.gen = typeAssertLong
				}
				n.gen = nop
			case unaryExpr:
				if lc.action == aRecv {
					lc.gen = recv2
					n.gen = nop
				}
			}
			for _, c := range n.child[:len(n.child)-1] {
				if isMapEntry(c) { // gonotes patch (s11-fixa): m[k], ok = x.(T) stores into m
					n.gen = assignXMapEntries(n.gen)
					break
				}
			}

		case defineXStmt:
			wireChild(n)
			if sc.def == nil && !inNestedScope(n, root) { // gonotes patch
				// In global scope, type definition already handled by GTA.
				// gonotes patch: GTA does not enter nested blocks (a select
				// case, a loop body at the top level of a REPL input): those
				// are compiled below. And the value node was compiled since GTA,
				// which reset its comma-ok action: set it again.
				switch src := n.lastChild(); {
				case src.kind == indexExpr:
					src.gen = getIndexMap2
				case src.kind == unaryExpr && src.action == aRecv:
					src.gen = recv2
				}
				break
			}
			err = compDefineX(sc, n)

		case binaryExpr:
			wireChild(n)
			nilSym := interp.universe.sym[nilIdent]
			c0, c1 := n.child[0], n.child[1]
			if !isShiftNode(n) { // gonotes patch
				typeUntypedShift(sc, c0, c1)
				typeUntypedShift(sc, c1, c0)
			}

			err = check.binaryExpr(n)
			if err != nil {
				break
			}
			// gonotes patch (s16-errwords): an untyped constant shifted
			// by a variable takes its context's type (shiftctx.go).
			if err = untypedShiftErr(n, sc); err != nil {
				break
			}
			if isUntypedConstShift(c0) {
				if err = untypedShiftErr(c0, sc); err != nil {
					break
				}
			}

			switch n.action {
			case aRem:
				n.typ = c0.typ
			case aShl, aShr:
				if c0.typ.untyped {
					break
				}
				n.typ = c0.typ
			case aEqual, aNotEqual:
				n.typ = sc.getType("bool")
				if c0.sym == nilSym || c1.sym == nilSym {
					if n.action == aEqual {
						if c1.sym == nilSym {
							n.gen = isNilChild(0)
						} else {
							n.gen = isNilChild(1)
						}
					} else {
						n.gen = isNotNil
					}
				} else if chanDirOnly(c0.typ, c1.typ) && c0.typ.id() != c1.typ.id() {
					n.gen = chanCompare // gonotes patch (s10-goroot)
				}
			case aGreater, aGreaterEqual, aLower, aLowerEqual:
				n.typ = sc.getType("bool")
			}
			if err != nil {
				break
			}
			// gonotes patch (s17-redecl): the type given at pre-order by the
			// destination (var avg float64 = 10 / len(s)) is not the
			// operation's when an operand has a type of another basic kind:
			// the operation has the operand's type, which the assignment
			// then rejects (it divided floats).
			if n.typ != nil && !isShiftNode(n) {
				for _, c := range []*node{c0, c1} {
					if c.typ != nil && basicKindMismatch(c.typ, n.typ) {
						n.typ = nil
						break
					}
				}
			}
			if n.typ == nil {
				if n.typ, err = nodeType(interp, sc, n); err != nil {
					break
				}
			}
			if err = unusedOperation(n); err != nil { // gonotes patch (s16-errwords)
				break
			}
			if n.action == aEqual || n.action == aNotEqual { // gonotes patch (s11-fixa)
				boolConstOperand(c0, c1)
				boolConstOperand(c1, c0)
			}
			if c0.rval.IsValid() && c1.rval.IsValid() && !isBinPkgVar(c0) && !isBinPkgVar(c1) && (!isInterface(n.typ)) && constOp[n.action] != nil { // gonotes patch (s10-goroot): not a variable of a compiled package
				n.typ.TypeOf()       // Force compute of reflection type.
				constOp[n.action](n) // Compute a constant result now rather than during exec.
				// gonotes patch: a typed constant must be representable.
				if err = checkConstFold(n); err != nil {
					break
				}
				n.rval = foldedConst(n, n.rval) // gonotes patch (s11-fixa)
			}
			switch {
			case n.rval.IsValid():
				// This operation involved constants, and the result is already computed
				// by constOp and available in n.rval. Nothing else to do at execution.
				n.gen = nop
				n.findex = notInFrame
			case n.anc.kind == assignStmt && n.anc.action == aAssign && n.anc.nleft == 1 && !ifaceDest(n.anc.child[childPos(n)-n.anc.nright].typ, n.typ) && n.anc.child[0].ident != "_" &&
				!basicKindMismatch(n.typ, n.anc.child[childPos(n)-n.anc.nright].typ): // gonotes patch; s10-goroot: the blank identifier has no frame location (its findex 0 is another variable's); s17-redecl: not an int result in a float64's place
				// To avoid a copy in frame, if the result is to be assigned, store it directly
				// at the frame location of destination.
				dest := n.anc.child[childPos(n)-n.anc.nright]
				n.typ = dest.typ
				n.findex = dest.findex
				n.level = dest.level
			case n.anc.kind == returnStmt && !ifaceDest(sc.def.typ.ret[childPos(n)], dynConcreteType(n)): // gonotes patch
				// To avoid a copy in frame, if the result is to be returned, store it directly
				// at the frame location reserved for output arguments.
				n.findex = childPos(n)
			default:
				// Allocate a new location in frame, and store the result here.
				n.findex = sc.add(n.typ)
			}

		case indexListExpr:
			// gonotes patch: a generic func instantiated with all its type
			// arguments, used as a value (f := Map[int, string]).
			t := n.child[0].typ
			if t != nil && t.cat == genericT && n.typ == nil {
				// gonotes patch: an instance of a generic type of several
				// type parameters used as a type (x.(*entry[K, V])): its type
				// was never computed (a nil pointer).
				it, err1 := nodeType(interp, sc, n)
				if err1 != nil {
					err = err1
					return
				}
				n.typ, n.gen = it, nop
				break
			}
			if t == nil || t.cat != funcT || !isGeneric(t) || n.anc.kind == callExpr && childPos(n) == 0 {
				break
			}
			var types []*itype
			for _, c := range n.child[1:] {
				if !c.isType(sc) && c.kind != indexExpr && c.kind != indexListExpr {
					err = c.cfgErrorf("%s is not a type", c.ident)
					return
				}
				types = append(types, c.typ)
			}
			g, found, err1 := genAST(sc, t.node.anc, types)
			if err1 == nil {
				err1 = instanceFuncType(interp, g, t.node.anc) // gonotes patch
			}
			if err1 != nil {
				err = err1
				return
			}
			if !found {
				if _, err = interp.cfg(g, t.node.anc.scope, importPath, pkgName); err != nil {
					return
				}
				interp.genRunLater(g) // gonotes patch: g, not its body: the body's own entry point too; (s20-public20) later, see genRunLater
			}
			n.anc.child[childPos(n)] = g
			n.typ = g.typ
			n.gen = nop
			n.findex = notInFrame
			return

		case indexExpr:
			if isBlank(n.child[0]) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			wireChild(n)
			t := placeholderType(n.child[0].typ) // gonotes patch (s13-goroot9): type AP [2]*AP; ap[0][0][1]
			for t.cat == linkedT {
				t = t.val
			}
			// gonotes patch (s18-errwords18): an operand that cannot be
			// indexed (an int, a pointer to a slice) panicked the CFG.
			if err = notIndexableErr(n, t); err != nil {
				break
			}
			switch t.cat {
			case ptrT:
				tv := placeholderType(t.val) // gonotes patch (s13-goroot9)
				n.typ = tv
				if tv.cat == valueT {
					n.typ = valueTOf(tv.rtype.Elem())
				} else {
					n.typ = placeholderType(tv.val)
				}
			case stringT:
				n.typ = sc.getType("byte")
			case valueT:
				if t.rtype.Kind() == reflect.String {
					n.typ = sc.getType("byte")
				} else {
					n.typ = valueTOf(t.rtype.Elem())
				}
			case funcT:
				// A function indexed by a type means an instantiated generic function.
				c1 := n.child[1]
				if !c1.isType(sc) {
					n.typ = t
					return
				}
				if numTypeParams(t.node.anc) > 1 && n.anc.kind == callExpr && n.anc.child[0] == n { // gonotes patch
					// Partial instantiation f[T](x): the call infers the others.
					n.typ = t
					n.gen = nop
					n.findex = notInFrame
					return
				}
				var g *node // gonotes patch: err was shadowed (an error gave a nil type)
				var found bool
				// gonotes patch (s9-genstd): a partial instantiation as a
				// value, slices.Index[[]string]: the others come from the
				// core types of the constraints (S ~[]E gives E).
				lt := []*itype{c1.typ}
				if lt, err = completeTypeArgs(sc, t.node.anc, lt, nil); err != nil {
					return
				}
				g, found, err = genAST(sc, t.node.anc, lt)
				if err != nil {
					return
				}
				if err = instanceFuncType(interp, g, t.node.anc); err != nil { // gonotes patch
					return
				}
				if !found {
					if _, err = interp.cfg(g, t.node.anc.scope, importPath, pkgName); err != nil {
						return
					}
					// Generate closures for function body.
					interp.genRunLater(g) // gonotes patch: see above; (s20-public20) later, see genRunLater
				}
				// Replace generic func node by instantiated one.
				n.anc.child[childPos(n)] = g
				n.typ = g.typ
				return
			case genericT:
				// gonotes patch: the type argument may have no type yet
				// (List[Pair[string, int]]: an index list expression).
				var sym *symbol
				var ok bool
				name := t.id() + "[" + exprString(n.child[1]) + "]"
				if c1t := n.child[1].typ; c1t != nil {
					name = t.id() + "[" + c1t.id() + "]"
					sym, _, ok = sc.lookup(name)
				}
				if !ok {
					// gonotes patch: instantiate the generic type here
					// (e.g. new(List[int]) before any other use).
					it, err1 := nodeType(interp, sc, n)
					if err1 != nil || it == nil || it.cat == genericT {
						err = n.cfgErrorf("type not found: %s", name)
						return
					}
					sym = &symbol{kind: typeSym, typ: it}
				}
				n.gen = nop
				n.typ = sym.typ
				return
			case structT:
				// A struct indexed by a Type means an instantiated generic struct.
				name := t.name + "[" + n.child[1].ident + "]"
				sym, _, ok := sc.lookup(name)
				if ok {
					n.typ = sym.typ
					n.findex = sc.add(n.typ)
					n.gen = nop
					return
				}

			default:
				n.typ = placeholderType(t.val) // gonotes patch (s13-goroot9)
			}
			n.findex = sc.add(n.typ)
			typ := t.TypeOf()
			if typ.Kind() == reflect.Map {
				err = check.assignment(n.child[1], t.key, "map index")
				n.gen = getIndexMap
				break
			}

			l := -1
			switch k := typ.Kind(); k {
			case reflect.Array:
				l = typ.Len()
				fallthrough
			case reflect.String:
				// gonotes patch: the index of a constant string is checked too.
				if c, ok := exactConst(n.child[0].rval); ok && isConstNode(n.child[0]) && c.Kind() == constant.String {
					l = len(constant.StringVal(c))
				}
				n.gen = getIndexArray
			case reflect.Slice:
				n.gen = getIndexArray
			case reflect.Ptr:
				if typ2 := typ.Elem(); typ2.Kind() == reflect.Array {
					l = typ2.Len()
					n.gen = getIndexArray
				} else {
					err = n.cfgErrorf("type %v does not support indexing", typ)
				}
			default:
				err = n.cfgErrorf("type is not an array, slice, string or map: %v", t.id())
			}

			err = check.index(n.child[1], l)

		case blockStmt:
			wireChild(n)
			if len(n.child) > 0 {
				l := n.lastChild()
				n.findex = l.findex
				n.level = l.level
				n.val = l.val
				n.sym = l.sym
				n.typ = l.typ
				n.rval = l.rval
			}
			sc = sc.pop()

		case constDecl:
			wireChild(n)

		case varDecl:
			// Global varDecl do not need to be wired as this
			// will be handled after cfg.
			if n.anc.kind == fileStmt {
				break
			}
			wireChild(n)

		case sendStmt:
			if !isChan(n.child[0].typ) {
				if o := gcOperand(n.child[0]); o != "" { // gonotes patch (s17-errwords17): go/types' words
					err = n.cfgErrorf("invalid operation: cannot send to non-channel %s %s", n.tname(n.child[0].typ), o)
					break
				}
				err = n.cfgErrorf("invalid operation: cannot send to non-channel %s", n.child[0].typ.id())
				break
			}
			// gonotes patch (s16-errwords): a receive-only channel (the
			// send panicked at run time).
			if ct := n.child[0].typ; ct.cat == chanRecvT || ct.cat == valueT && ct.rtype != nil && ct.rtype.Kind() == reflect.Chan && ct.rtype.ChanDir() == reflect.RecvDir {
				if o := gcOperand(n.child[0]); o != "" {
					err = n.cfgErrorf("invalid operation: cannot send to receive-only channel %s %s", n.gcTypeStr(ct), o)
					break
				}
			}
			// gonotes patch: an untyped constant sent must be representable in the element type.
			if err = constAssignCheck(n.child[1], chanElement(n.child[0].typ), "send"); err != nil {
				break
			}
			if c1 := n.child[1]; c1.typ != nil && c1.typ.untyped && c1.rval.IsValid() && !c1.typ.isNil() {
				// gonotes patch: an untyped constant not assignable to the element type (a string sent on a chan rune).
				if t := chanElement(n.child[0].typ); t != nil && !isInterface(t) && isString(c1.typ.TypeOf()) != isString(t.TypeOf()) {
					err = cannotUse(c1, constOperand(c1, vConstantValue(c1.rval), nil), n.gcTypeName(t), "send", "")
					break
				}
			}
			// gonotes patch (s14-typeident): a bool sent on a channel of a defined bool type.
			if err = definedBasicError(n.child[1], chanElement(n.child[0].typ), "send"); err != nil {
				break
			}
			// gonotes patch (s19-errwords19): a value whose type lacks a
			// method of the channel's interface element type (ch <- Task{}
			// where Run has a pointer receiver) ran.
			if t := chanElement(n.child[0].typ); t != nil && n.child[1].typ != nil && (isInterfaceSrc(t) && !isInterface(n.child[1].typ) || n.child[1].typ.untyped && n.child[1].rval.IsValid() && !n.child[1].typ.isNil() && t.TypeOf() != nil && !isBasicReflectKind(t.TypeOf().Kind()) && !isInterface(t)) { // and a constant sent on a chan struct{} (it panicked)
				if err = check.assignment(n.child[1], t, "send"); err != nil {
					break
				}
			}
			// gonotes patch (s13-misc): a value of a defined type sent on a channel of another named type.
			if c1, t := n.child[1], chanElement(n.child[0].typ); c1.typ != nil && t != nil && !c1.typ.assignableTo(t) {
				if err = definedAssignError(c1, t, "send"); err != nil {
					break
				}
			}
			fallthrough

		case declStmt, exprStmt:
			wireChild(n)
			l := n.lastChild()
			n.findex = l.findex
			n.level = l.level
			n.val = l.val
			n.sym = l.sym
			n.typ = l.typ
			n.rval = l.rval

		case breakStmt:
			if len(n.child) == 0 {
				n.tnext = sc.loop
				if sc.loop != nil && !fastRangeFuncExit(n) {
					exitLoops(n, sc.loop.anc) // gonotes patch
				}
				break
			}
			if !n.hasAnc(n.sym.node) {
				err = n.cfgErrorf("invalid break label %s", n.child[0].ident)
				break
			}
			n.tnext = n.sym.node
			if !fastRangeFuncExit(n) {
				exitLoops(n, n.sym.node) // gonotes patch
			}

		case continueStmt:
			if len(n.child) == 0 {
				n.tnext = continueTarget(sc.loopRestart)
				break
			}
			if !n.hasAnc(n.sym.node) {
				err = n.cfgErrorf("invalid continue label %s", n.child[0].ident)
				break
			}
			n.tnext = continueTarget(n.sym.node.child[1].lastChild().start)
			if !fastRangeFuncExit(n) {
				exitLoops(n, n.sym.node.child[1]) // gonotes patch
			}

		case gotoStmt:
			if n.sym.node == nil {
				// It can be only due to a forward goto, to be resolved at labeledStmt.
				// Invalid goto labels are catched at AST parsing.
				break
			}
			n.tnext = n.sym.node.start
			gotoExitLoops(n, n.sym.node) // gonotes patch (s17-misc17)

		case labeledStmt:
			wireChild(n)
			if len(n.child) > 1 {
				n.start = n.child[1].start
			}
			for _, c := range n.sym.from {
				c.tnext = n.start   // Resolve forward goto.
				gotoExitLoops(c, n) // gonotes patch (s17-misc17)
			}

		case callExpr:
			for _, c := range n.child {
				if isBlank(c) {
					err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
					return
				}
			}
			wireChild(n)
			if err = notCallableErr(n.child[0], sc); err != nil { // gonotes patch (s16-errwords)
				return
			}
			switch c0 := n.child[0]; {
			case c0.kind == indexListExpr && !c0.isType(sc): // gonotes patch (s11-gen): not a conversion to an instance, ss[E, []E](x)
				// Instantiate a generic function then call it.
				fun := c0.child[0].sym.node
				lt := []*itype{}
				for _, c := range c0.child[1:] {
					lt = append(lt, c.typ)
				}
				if lt, err = completeTypeArgs(sc, fun, lt, n.child[1:]); err != nil { // gonotes patch: partial instantiation
					return
				}
				g, found, err := genAST(sc, fun, lt)
				if err != nil {
					return
				}
				if err = instanceFuncType(interp, g, fun); err != nil { // gonotes patch
					return
				}
				if !found {
					_, err = interp.cfg(g, fun.scope, importPath, pkgName)
					if err != nil {
						return
					}
					interp.genRunLater(g) // Generate closures for function body. gonotes patch: g, not g.child[3] (see above); (s20-public20) later, see genRunLater
				}
				n.child[0] = g
				c0 = n.child[0]
				if err = interp.instantiateFuncArgs(sc, n, importPath, pkgName); err != nil { // gonotes patch: see below
					return
				}
				wireChild(n)
				if typ := c0.typ; len(typ.ret) > 0 {
					n.typ = typ.ret[0]
					if n.anc.kind == returnStmt && n.typ.id() == sc.def.typ.ret[0].id() {
						// Store the result directly to the return value area of frame.
						// It can be done only if no type conversion at return is involved.
						n.findex = childPos(n)
					} else {
						n.findex = sc.add(n.typ)
						for _, t := range typ.ret[1:] {
							sc.add(t)
						}
					}
				} else {
					n.findex = notInFrame
				}

			case isBuiltinCall(n, sc):
				bname := c0.ident
				err = check.builtin(bname, n, n.child[1:], n.action == aCallSlice)
				if err != nil {
					break
				}
				expandTupleArg(n) // gonotes patch: checked as one argument (unpackParams)

				n.gen = c0.sym.builtin
				if bname == bltnNew && len(n.child) == 2 && !isTypeOperand(n.child[1], sc) {
					n.gen = _newValue // gonotes patch: new(expr), Go 1.26
				}
				c0.typ = &itype{cat: builtinT, name: bname}
				if n.typ, err = nodeType(interp, sc, n); err != nil {
					return
				}
				if err = unusedBuiltinResult(n, bname); err != nil { // gonotes patch (s15-public10a)
					return
				}
				if n.stackBuf != nil { // gonotes patch (s17-misc17): stackbuf.go
					if k := stackBufCap(sliceElem(n.typ)); bname == bltnAppend && k > 0 {
						n.stackBuf.k = k
						n.stackBuf.size = stackBufElemSize(sliceElem(n.typ)) // gonotes patch (s18-misc18): stackbufret.go
						if n.stackBuf.name != "" {                           // gonotes patch (s18-misc18): the buffer, for the move (stackbufret.go)
							n.stackBuf.slot = sc.add(n.typ)
							interp.stackBufSlots.Store(stackBufKey{sc.def, n.stackBuf.name}, n.stackBuf.slot)
						} else {
							n.stackBuf.slot = sc.add(sc.getType("bool"))
						}
					} else {
						n.stackBuf = nil
					}
				}
				switch {
				case n.typ.cat == builtinT:
					n.findex = notInFrame
					n.val = nil
				case bname == bltnAlignof || bname == bltnOffsetof || bname == bltnSizeof: // gonotes patch: constants (constBltn), were builtinT
					n.findex = notInFrame
					n.val = nil
					n.gen = nop
				case (bname == bltnLen || bname == bltnCap) && len(n.child) == 2 && arrayLenIsConst(n.child[1]):
					// gonotes patch: len and cap of an array or a pointer to
					// an array are constants when the argument has no call or
					// receive, and the argument is not evaluated (the spec):
					// len(p) of a nil *[10]int is 10, len(s.a) of a nil *S too.
					lenConst(n)
					n.findex = notInFrame
					n.val = nil
					n.gen = nop
					n.start = n
				case n.anc.kind == returnStmt && len(n.anc.child) == 1: // gonotes patch: only the sole result goes to slot 0
					// Store result directly to frame output location, to avoid a frame copy.
					n.findex = childPos(n) // gonotes patch: was 0 (return 1, len(s) returned 1, 1)
				case bname == "cap" && isInConstOrTypeDecl(n):
					t := n.child[1].typ.TypeOf()
					for t.Kind() == reflect.Ptr {
						t = t.Elem()
					}
					switch t.Kind() {
					case reflect.Array, reflect.Chan:
						capConst(n)
					default:
						err = n.cfgErrorf("cap argument is not an array or channel")
					}
					n.findex = notInFrame
					n.gen = nop
				case bname == "len" && isInConstOrTypeDecl(n):
					if v := constDeclValue(n); v != nil && notConstExpr(n, sc) { // gonotes patch (s19-errwords19)
						v.typ = sc.getType("int")
						if err = notConstantErr(v, sc); err == nil {
							err = n.cfgErrorf("%s is not constant", gcOperand(n))
						}
						break
					}
					t := n.child[1].typ.TypeOf()
					for t.Kind() == reflect.Ptr {
						t = t.Elem()
					}
					switch t.Kind() {
					case reflect.Array, reflect.Chan, reflect.String:
						lenConst(n)
					default:
						err = n.cfgErrorf("len argument is not an array, channel or string")
					}
					n.findex = notInFrame
					n.gen = nop
				default:
					n.findex = sc.add(n.typ)
				}
				if op, ok := constBltn[bname]; ok {
					op(n)
				}
				if (bname == bltnAlignof || bname == bltnOffsetof || bname == bltnSizeof) && n.rval.IsValid() {
					n.start = n // gonotes patch: a constant, its argument is not evaluated
					if typeParamSized(n, sc) {
						// gonotes patch (s12-goroot): not a constant in
						// generic code (localtype.go).
						v := n.rval
						n.rval = reflect.Value{}
						n.findex = sc.add(n.typ)
						if n.anc.kind == returnStmt && len(n.anc.child) == 1 {
							n.findex = childPos(n) // the result's slot, as for another call
						}
						n.gen = genFixedValue(v)
					}
				}

			case c0.isType(sc):
				// Type conversion expression
				c1 := n.child[1]
				switch len(n.child) {
				case 1:
					err = n.cfgErrorf("missing argument in conversion to %s", c0.typ.id())
				case 2:
					err = check.conversion(c1, c0.typ)
				default:
					err = n.cfgErrorf("too many arguments in conversion to %s", c0.typ.id())
				}
				if err != nil {
					break
				}

				n.action = aConvert
				switch {
				case isInterfaceSrc(c0.typ) && !c1.isNil() && !isInterface(c1.typ) && !isFuncSrc(c1.typ) &&
					(!isEmptyInterface(c0.typ) || len(c1.typ.method) > 0 || c1.typ.cat == ptrT && c1.typ.val != nil && len(c1.typ.val.method) > 0):
					// gonotes patch: a value converted to an interface of
					// interpreted code (any(x), Named(x)) holds its dynamic
					// type, as one assigned to it does (genDestValue): the node
					// kept the value only, so any(x).(type) and any(p).(Named)
					// saw the reflect type (the underlying type).
					if !c1.typ.implements(c0.typ) {
						err = n.cfgErrorf("type %v does not implement interface %v", c1.typ.id(), c0.typ.id())
					}
					n.gen = convertInterface
					n.typ = c0.typ
					n.findex = sc.add(n.typ)
				case isInterface(c0.typ) && !c1.isNil():
					// Convert to interface: just check that all required methods are defined by concrete type.
					if !c1.typ.implements(c0.typ) {
						err = n.cfgErrorf("type %v does not implement interface %v", c1.typ.id(), c0.typ.id())
					}
					// gonotes patch: a typed concrete value is converted as it
					// is assigned (see convert), so that error(p) of a nil
					// pointer p is a non-nil error holding p.
					// gonotes patch (s11-fixa): and a value of an interface
					// of interpreted code converted to a compiled one
					// (fmt.Stringer(s)): the node kept s's valueInterface.
					// gonotes patch (s15-noticeda): and a value of a defined
					// func type converted to an empty interface (any(f).(F)
					// was false: the interface held the func value only).
					if !c1.typ.untyped && (!isInterface(c1.typ) || isInterfaceBin(c0.typ) && isInterfaceSrc(c1.typ)) && (!isFuncSrc(c1.typ) || isEmptyInterface(c0.typ) && c1.typ.cat == funcT && (dynTypeNeeded(c1.typ) || isFuncDeclRef(c1))) && c1.typ.cat != nilT {
						n.gen = convert
						n.typ = c0.typ
						n.findex = sc.add(n.typ)
						break
					}
					// Convert type to interface while keeping a reference to the original concrete type.
					// besides type, the node value remains preserved.
					n.gen = nop
					t := *c0.typ
					n.typ = &t
					n.typ.val = c1.typ
					n.findex = c1.findex
					n.level = c1.level
					n.val = c1.val
					n.rval = c1.rval
				case c1.rval.IsValid() && isConstType(c0.typ) && !isBinPkgVar(c1): // gonotes patch (s10-goroot): int(runtime.MemProfileRate) is read when it runs
					n.gen = nop
					n.findex = notInFrame
					n.typ = c0.typ
					if c, ok := c1.rval.Interface().(constant.Value); ok {
						n.rval = convertConstTo(c, c1.typ, c0.typ.rtype) // gonotes patch
					} else {
						n.rval = c1.rval.Convert(c0.typ.rtype)
					}
				default:
					n.gen = convert
					n.typ = c0.typ
					n.findex = sc.add(n.typ)
				}

			case isBinCall(n, sc):
				err = check.arguments(n, n.child[1:], c0, n.action == aCallSlice)
				if err != nil {
					break
				}

				n.gen = callBin
				typ := c0.typ.rtype
				if typ.NumOut() > 0 {
					if funcType := c0.typ.val; funcType != nil {
						// Use the original unwrapped function type, to allow future field and
						// methods resolutions, otherwise impossible on the opaque bin type.
						n.typ = funcType.ret[0]
						n.findex = sc.add(n.typ)
						for i := 1; i < len(funcType.ret); i++ {
							sc.add(funcType.ret[i])
						}
					} else {
						n.typ = valueTOf(typ.Out(0))
						if n.anc.kind == returnStmt {
							n.findex = childPos(n)
						} else {
							n.findex = sc.add(n.typ)
							for i := 1; i < typ.NumOut(); i++ {
								sc.add(valueTOf(typ.Out(i)))
							}
						}
					}
				}

			default:
				// The call may be on a generic function. In that case, replace the
				// generic function AST by an instantiated one before going further.
				if isGeneric(c0.typ) {
					fun := c0.typ.node.anc
					var g *node
					var types []*itype
					var found bool

					// Infer type parameter from function call arguments.
					var explicit []*itype
					if c0.kind == indexExpr { // gonotes patch: partial instantiation, f[T](x)
						explicit = []*itype{c0.child[1].typ}
					}
					if types, err = inferTypesFromCall(sc, fun, n.child[1:], explicit...); err != nil {
						break
					}
					if err = inferredMethodsErr(sc, fun, n, types, len(explicit)); err != nil { // gonotes patch (s19-errwords19)
						break
					}
					// Generate an instantiated AST from the generic function one.
					if g, found, err = genAST(sc, fun, types); err != nil {
						break
					}
					if err = instanceFuncType(interp, g, fun); err != nil { // gonotes patch
						break
					}
					if !found {
						// Compile the generated function AST, so it becomes part of the scope.
						if _, err = interp.cfg(g, fun.scope, importPath, pkgName); err != nil {
							break
						}
						// AST compilation part 2: Generate closures for function body.
						interp.genRunLater(g) // gonotes patch: see above; (s20-public20) later, see genRunLater
					}
					n.child[0] = g
					c0 = n.child[0]
				}
				// gonotes patch: generic funcs passed without type arguments.
				if err = interp.instantiateFuncArgs(sc, n, importPath, pkgName); err != nil {
					break
				}

				err = check.arguments(n, n.child[1:], c0, n.action == aCallSlice)
				if err != nil {
					break
				}

				if c0.action == aGetFunc {
					// Allocate a frame entry to store the anonymous function definition.
					sc.add(c0.typ)
				}
				if typ := c0.typ; len(typ.ret) > 0 {
					n.typ = typ.ret[0]
					if n.anc.kind == returnStmt && n.typ.id() == sc.def.typ.ret[0].id() {
						// Store the result directly to the return value area of frame.
						// It can be done only if no type conversion at return is involved.
						n.findex = childPos(n)
					} else {
						n.findex = sc.add(n.typ)
						for _, t := range typ.ret[1:] {
							sc.add(t)
						}
					}
				} else {
					n.findex = notInFrame
				}
			}
			if err == nil {
				err = callValueContext(n, sc) // gonotes patch (s14-lead): singlevalue.go
			}

		case caseBody:
			wireChild(n)
			switch {
			case typeSwichAssign(n) && len(n.child) > 1:
				n.start = n.child[1].start
			case len(n.child) == 0, typeSwichAssign(n) && len(n.child) == 1:
				// gonotes patch (s12-public7): an empty clause of a type
				// switch binding a variable (case string:) holds only the
				// variable, which led nowhere: the function returned.
				// Empty case body: jump to switch node (exit node).
				n.start = n.anc.anc.anc
			default:
				n.start = n.child[0].start
			}

		case caseClause:
			sc = sc.pop()

		case commClauseDefault:
			wireChild(n)
			sc = sc.pop()
			if len(n.child) == 0 {
				return
			}
			n.start = n.child[0].start
			setSelectClauseExit(n) // gonotes patch

		case commClause:
			wireChild(n)
			sc = sc.pop()
			if len(n.child) == 0 {
				return
			}
			if len(n.child) > 1 {
				n.start = n.child[1].start // Skip chan operation, performed by select
			}
			setSelectClauseExit(n) // gonotes patch

		case compositeLitExpr:
			wireChild(n)

			child := n.child
			if n.nleft > 0 {
				child = child[1:]
			}

			switch n.typ.cat {
			case arrayT, sliceT:
				err = check.arrayLitExpr(child, n.typ)
			case mapT:
				err = check.mapLitExpr(child, n.typ.key, n.typ.val)
			case structT:
				err = check.structLitExpr(child, n.typ)
			case valueT:
				rtype := n.typ.rtype
				switch rtype.Kind() {
				case reflect.Struct:
					err = check.structBinLitExpr(child, rtype)
				case reflect.Map:
					ktyp := valueTOf(rtype.Key())
					vtyp := valueTOf(rtype.Elem())
					err = check.mapLitExpr(child, ktyp, vtyp)
				}
			}
			if err != nil {
				break
			}

			n.findex = sc.add(n.typ)
			// TODO: Check that composite literal expr matches corresponding type
			n.gen = compositeGenerator(n, n.typ, nil)

		case fallthroughtStmt:
			if n.anc.kind != caseBody {
				err = n.cfgErrorf("fallthrough statement out of place")
			}

		case fileStmt:
			wireChild(n, varDecl)
			sc = sc.pop()
			n.findex = notInFrame

		case forStmt0: // for {}
			body := n.child[0]
			n.start = body.start
			body.tnext = n.start
			sc = sc.pop()

		case forStmt1: // for init; ; {}
			init, body := n.child[0], n.child[1]
			n.start = init.start
			init.tnext = body.start
			body.tnext = body.start // gonotes patch: the next iteration, not the init statement again
			perIteration(n, body)   // gonotes patch: a variable per iteration
			sc = sc.pop()

		case forStmt2: // for cond {}
			cond, body := n.child[0], n.child[1]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in for statement") // gonotes patch (s16-errwords): go/types' words
			}
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					n.start = body.start
					body.tnext = body.start
				}
			} else {
				n.start = cond.start
				cond.tnext = body.start
				body.tnext = cond.start
			}
			setFNext(cond, n)
			sc = sc.pop()

		case forStmt3: // for init; cond; {}
			init, cond, body := n.child[0], n.child[1], n.child[2]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in for statement") // gonotes patch (s16-errwords): go/types' words
			}
			n.start = init.start
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					init.tnext = body.start
					body.tnext = body.start
				} else {
					init.tnext = n
				}
			} else {
				init.tnext = cond.start
				body.tnext = cond.start
			}
			cond.tnext = body.start
			setFNext(cond, n)
			perIteration(n, body, cond) // gonotes patch: a variable per iteration
			sc = sc.pop()

		case forStmt4: // for ; ; post {}
			post, body := n.child[0], n.child[1]
			n.start = body.start
			post.tnext = body.start
			body.tnext = post.start
			sc = sc.pop()

		case forStmt5: // for ; cond; post {}
			cond, post, body := n.child[0], n.child[1], n.child[2]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in for statement") // gonotes patch (s16-errwords): go/types' words
			}
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					n.start = body.start
					post.tnext = body.start
				}
			} else {
				n.start = cond.start
				post.tnext = cond.start
			}
			cond.tnext = body.start
			setFNext(cond, n)
			body.tnext = post.start
			sc = sc.pop()

		case forStmt6: // for init; ; post {}
			init, post, body := n.child[0], n.child[1], n.child[2]
			n.start = init.start
			init.tnext = body.start
			body.tnext = post.start
			post.tnext = body.start
			perIteration(n, body, post) // gonotes patch: a variable per iteration
			sc = sc.pop()

		case forStmt7: // for init; cond; post {}
			init, cond, post, body := n.child[0], n.child[1], n.child[2], n.child[3]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in for statement") // gonotes patch (s16-errwords): go/types' words
			}
			n.start = init.start
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					init.tnext = body.start
					post.tnext = body.start
				} else {
					init.tnext = n
				}
			} else {
				init.tnext = cond.start
				post.tnext = cond.start
			}
			cond.tnext = body.start
			setFNext(cond, n)
			body.tnext = post.start
			perIteration(n, body, cond, post) // gonotes patch: a variable per iteration
			sc = sc.pop()

		case forRangeStmt:
			n.start = n.child[0].start
			setFNext(n.child[0], n)
			sc = sc.pop()

		case funcDecl:
			n.start = n.child[3].start
			n.types, n.scope = sc.types, sc
			sc = sc.pop()
			funcName := n.child[1].ident
			if sym := sc.sym[funcName]; !isMethod(n) && sym != nil && !isGeneric(sym.typ) {
				sym.index = -1 // to force value to n.val
				sym.typ = n.typ
				sym.kind = funcSym
				sym.node = n
			}

		case funcLit:
			n.types, n.scope = sc.types, sc
			sc = sc.pop()
			// gonotes patch (s20-public20): a func literal is generated
			// with the program (genRun of its root, once every
			// declaration compiled), not now: the methods of a type
			// declared later in the source were not compiled yet, and its
			// code gave values of that type to compiled code without them
			// (errors.As of a *T declared after main, in a closure of
			// main or of a package-level var, found no Error).

		case deferStmt, goStmt:
			if err = deferCallErr(n, sc); err != nil { // gonotes patch (s17-errwords17)
				break
			}
			wireChild(n)

		case identExpr:
			if isKey(n) || isNewDefine(n, sc) {
				break
			}
			if n.anc.kind == funcDecl && n.anc.child[1] == n {
				// Dont process a function name identExpr.
				break
			}

			sym, level, found := sc.lookup(n.ident)
			if !found {
				if n.typ != nil {
					// Node is a generic instance with an already populated type.
					break
				}
				// retry with the filename, in case ident is a package name.
				sym, level, found = sc.lookup(filepath.Join(n.ident, baseName))
				if !found {
					err = n.cfgErrorf("undefined: %s", n.ident)
					break
				}
			}
			// Found symbol, populate node info
			n.sym, n.typ, n.findex, n.level = sym, sym.typ, sym.index, level
			if sym.kind == varSym && sym.global && sc.level > 0 {
				sym.captured = true // gonotes patch: see redefinedGlobals
			}
			if n.findex < 0 {
				n.val = sym.node
			} else {
				switch {
				case sym.kind == constSym && sym.rval.IsValid():
					n.rval = sym.rval
					n.kind = basicLit
				case n.ident == "iota" && sym.kind == constSym: // gonotes patch: not a variable named iota
					// gonotes patch (s16-errwords): the predeclared iota
					// outside a constant declaration is gc's error (yaegi
					// gave it the value 0).
					if !inConstDecl(n) {
						err = n.cfgErrorf("cannot use iota outside constant declaration")
						break
					}
					n.rval = reflect.ValueOf(constant.MakeInt64(int64(sc.iota)))
					n.kind = basicLit
				case n.ident == nilIdent && sym.typ != nil && sym.typ.cat == nilT: // gonotes patch: not a variable named nil
					n.kind = basicLit
				case sym.kind == binSym:
					n.typ = sym.typ
					n.rval = sym.rval
					if t := untypedConstType(sym.rval, n); t != nil {
						// gonotes patch (s20-harvest20): a dot-imported
						// constant (Pi of . "math") is untyped, as math.Pi
						// is: Pi * x mixed constant.ratVal and float64.
						n.typ = t
					}
				case sym.kind == bltnSym:
					if n.anc.kind != callExpr {
						err = n.cfgErrorf("%s (built-in) must be called", n.ident) // gonotes patch (s19-errwords19): go/types' words
					}
				}
			}
			if n.sym != nil {
				n.recv = n.sym.recv
			}
			if err == nil {
				err = genericValueErr(n) // gonotes patch (s17-errwords17)
			}

		case ifStmt0: // if cond {}
			cond, tbody := n.child[0], n.child[1]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in if statement") // gonotes patch (s16-errwords): go/types' words
			}
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					n.start = tbody.start
				}
			} else {
				n.start = cond.start
				cond.tnext = tbody.start
			}
			setFNext(cond, n)
			tbody.tnext = n
			sc = sc.pop()

		case ifStmt1: // if cond {} else {}
			cond, tbody, fbody := n.child[0], n.child[1], n.child[2]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in if statement") // gonotes patch (s16-errwords): go/types' words
			}
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test and the useless branch.
				if constCondBool(cond.rval) {
					n.start = tbody.start
				} else {
					n.start = fbody.start
				}
			} else {
				n.start = cond.start
				cond.tnext = tbody.start
				setFNext(cond, fbody.start)
			}
			tbody.tnext = n
			fbody.tnext = n
			sc = sc.pop()

		case ifStmt2: // if init; cond {}
			init, cond, tbody := n.child[0], n.child[1], n.child[2]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in if statement") // gonotes patch (s16-errwords): go/types' words
			}
			n.start = init.start
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					init.tnext = tbody.start
				} else {
					init.tnext = n
				}
			} else {
				init.tnext = cond.start
				cond.tnext = tbody.start
			}
			tbody.tnext = n
			setFNext(cond, n)
			sc = sc.pop()

		case ifStmt3: // if init; cond {} else {}
			init, cond, tbody, fbody := n.child[0], n.child[1], n.child[2], n.child[3]
			if !isBool(cond.typ) {
				err = cond.cfgErrorf("non-boolean condition in if statement") // gonotes patch (s16-errwords): go/types' words
			}
			n.start = init.start
			if cond.rval.IsValid() {
				// Condition is known at compile time, bypass test.
				if constCondBool(cond.rval) {
					init.tnext = tbody.start
				} else {
					init.tnext = fbody.start
				}
			} else {
				init.tnext = cond.start
				cond.tnext = tbody.start
				setFNext(cond, fbody.start)
			}
			tbody.tnext = n
			fbody.tnext = n
			sc = sc.pop()

		case keyValueExpr:
			if isBlank(n.child[1]) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			wireChild(n)

		case landExpr:
			if isBlank(n.child[0]) || isBlank(n.child[1]) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			if err = logicalOperandErr(n, "&&"); err != nil { // gonotes patch (s16-errwords)
				break
			}
			n.start = n.child[0].start
			n.child[0].tnext = n.child[1].start
			setFNext(n.child[0], n)
			n.child[1].tnext = n
			n.typ = n.child[0].typ
			n.findex = sc.add(n.typ)
			if n.start.action == aNop {
				n.start.gen = branch
			}
			foldLogical(n) // gonotes patch
			shortConstLogical(n)

		case lorExpr:
			if isBlank(n.child[0]) || isBlank(n.child[1]) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			if err = logicalOperandErr(n, "||"); err != nil { // gonotes patch (s16-errwords)
				break
			}
			n.start = n.child[0].start
			n.child[0].tnext = n
			setFNext(n.child[0], n.child[1].start)
			n.child[1].tnext = n
			n.typ = n.child[0].typ
			n.findex = sc.add(n.typ)
			if n.start.action == aNop {
				n.start.gen = branch
			}
			foldLogical(n) // gonotes patch
			shortConstLogical(n)

		case parenExpr:
			wireChild(n)
			c := n.lastChild()
			n.findex = c.findex
			n.level = c.level
			n.typ = c.typ
			n.rval = c.rval

		case rangeStmt:
			if n.rf != nil { // gonotes patch: range over func
				rangeFuncWire(n)
			} else if sc.rangeChanType(n) != nil {
				n.start = n.child[1].start    // Get chan
				n.child[1].tnext = n.child[0] // gonotes patch (s17-public17): then keep it (rangeChan)
				n.child[0].tnext = n          // then go to range function
				n.tnext = n.child[2].start    // then go to range body
				n.child[2].tnext = n          // then body go to range function (loop)
				n.child[0].gen = empty
			} else {
				var k, o, body *node
				if len(n.child) == 4 {
					k, o, body = n.child[0], n.child[2], n.child[3]
				} else {
					k, o, body = n.child[0], n.child[1], n.child[2]
				}
				if rangeSkipsOperand(n) { // gonotes patch
					n.start = k.start // the operand is not evaluated
				} else {
					n.start = o.start // Get array or map object
					o.tnext = k.start // then go to iterator init
				}
				k.tnext = n          // then go to range function
				n.tnext = body.start // then go to range body
				body.tnext = n       // then body go to range function (loop)
				k.gen = empty        // init filled later by generator
			}
			perIteration(n, n.lastChild()) // gonotes patch: a variable per iteration

		case returnStmt:
			for _, c := range n.child {
				if isBlank(c) {
					err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
					return
				}
			}
			returnSig := sc.def.child[2]
			// gonotes patch (s15-noticeda): go/types' words, and return
			// g() with g's results counted and typed (returncount.go).
			if err = returnValuesErr(n, sc, sc.def.typ, !mustReturnValue(returnSig)); err != nil {
				break
			}
			if len(n.child) > sc.def.typ.numOut() {
				err = n.cfgErrorf("too many arguments to return")
				break
			}
			if mustReturnValue(returnSig) {
				nret := len(n.child)
				if nret == 1 && isCall(n.child[0]) {
					nret = n.child[0].child[0].typ.numOut()
				}
				if nret < sc.def.typ.numOut() {
					err = n.cfgErrorf("not enough arguments to return")
					break
				}
			}
			wireChild(n)
			n.tnext = nil
			n.val = sc.def
			for i, c := range n.child {
				var typ *itype
				typ, err = nodeType(interp, sc.upperLevel(), returnSig.child[2].fieldType(i))
				if err != nil {
					return
				}
				if genericFuncDecl(c.typ) != nil { // gonotes patch: return f, f generic (Go 1.21)
					if c, err = interp.instantiateFuncValue(sc, c, typ, importPath, pkgName); err != nil {
						return
					}
				}
				// TODO(mpl): move any of that code to typecheck?
				if !isFuncSrc(c.typ) { // gonotes patch: a func's type keeps its declaration (isNamedFuncSrc)
					c.typ.node = c
				}
				// gonotes patch: an untyped constant must be representable in the result type.
				if err = constAssignCheck(c, typ, "return statement"); err != nil {
					return
				}
				if err = untypedToIfaceError(c, typ, "return statement"); err != nil { // gonotes patch (s18-errwords18)
					return
				}
				if err = definedBasicError(c, typ, "return statement"); err != nil { // gonotes patch (s14-typeident)
					return
				}
				if !c.typ.assignableTo(typ) {
					if err = definedAssignError(c, typ, "return statement"); err != nil { // gonotes patch (s13-misc)
						return
					}
					if err = ifaceOrLitAssignError(c, typ, "return statement"); err != nil { // gonotes patch (s15-noticeda)
						return
					}
					// gonotes patch (s17-redecl): go/types' words (and why
					// a type does not implement an interface).
					if o := gcOperand(c); o != "" {
						err = c.cfgErrorf("cannot use %s as %s value in return statement%s", o, c.gcTypeStr(typ), c.notImplemented(c.typ, typ))
						return
					}
					err = c.cfgErrorf("cannot use %v (type %v) as type %v in return argument", c.ident, c.typ.cat, typ.cat)
					return
				}
				if c.typ.cat == nilT {
					// nil: Set node value to zero of return type
					c.rval = reflect.New(typ.TypeOf()).Elem()
				}
			}

		case selectorExpr:
			wireChild(n)
			n.typ = n.child[0].typ
			n.recv = n.child[0].recv
			if n.typ == nil && isBlank(n.child[0]) { // gonotes patch (s19-errwords19): _.M()
				err = n.child[0].cfgErrorf("cannot use _ as value or type")
				break
			}
			if n.typ == nil {
				err = n.cfgErrorf("undefined type")
				break
			}
			// gonotes patch (s18-errwords18): a pointer to a pointer has
			// neither fields nor methods (pp.X panicked the CFG, pp.M()
			// panicked at run time).
			if n.typ.cat == ptrT && n.typ.val != nil && n.typ.val.cat == ptrT && (n.child[0].sym == nil || n.child[0].sym.kind != typeSym) {
				if err = undefinedSelectorErr(n); err != nil {
					break
				}
			}
			if n.typ.cat == ptrT { // gonotes patch (s13-goroot9): x.f with x a *T4, type T4 T5 declared before T5
				resolveLinked(n.typ.val, 0)
			} else {
				resolveLinked(n.typ, 0)
			}
			// gonotes patch: a package may have both binary symbols and source
			// declarations (a binary package and its generic source, see
			// binSrcPkg): each name resolves to whichever has it.
			if bname := unsafeBuiltinName(n, sc); bname != "" {
				// gonotes patch: the builtins of package unsafe (unsafe.go).
				if n.anc.kind != callExpr || n.anc.child[0] != n {
					err = n.cfgErrorf("%s (built-in) must be called", bname)
					break
				}
				n.sym = &symbol{kind: bltnSym, node: n, builtin: unsafeBuiltins[n.child[1].ident]}
				n.ident = bname
				n.typ = &itype{cat: builtinT, name: bname}
				n.action = aGetSym
				n.gen = nop
				break
			}
			if pc := n.typ.cat; pc == binPkgT || pc == srcPkgT {
				pkg, name := n.child[0].sym.typ.path, n.child[1].ident
				if _, ok := interp.binPkg[pkg][name]; ok {
					n.typ = &itype{cat: binPkgT, path: pkg, scope: n.typ.scope}
				} else if syms, err2 := interp.binSrcPkg(pkg, sc); err2 != nil {
					err = n.cfgErrorf("%v", err2)
					break
				} else if syms[name] != nil {
					n.typ = &itype{cat: srcPkgT, path: pkg, scope: n.typ.scope}
				}
			}
			switch {
			case n.typ.cat == binPkgT:
				// Resolve binary package symbol: a type or a value
				name := n.child[1].ident
				pkg := n.typ.path // gonotes patch: was n.child[0].sym.typ.path
				if s, ok := interp.binPkg[pkg][name]; ok {
					if isBinType(s) {
						n.typ = valueTOf(s.Type().Elem())
					} else {
						if t := untypedConstType(s, n); t != nil { // gonotes patch
							n.typ = t
						} else {
							n.typ = valueTOf(fixPossibleConstType(s.Type()), withUntyped(isValueUntyped(s)))
						}
						n.rval = s
					}
					n.action = aGetSym
					n.gen = nop
				} else {
					if name != "" && name[0] >= 'A' && name[0] <= 'Z' { // gonotes patch (s16-errwords): go/types' words for an exported name
						err = n.cfgErrorf("undefined: %s.%s", n.child[0].ident, name)
						break
					}
					// gonotes patch (s18-errwords18): a name spelled as an
					// exported one but for case (strings.toUpper).
					folded := ""
					for k := range interp.binPkg[pkg] {
						if k != name && strings.EqualFold(k, name) {
							folded = k
						}
					}
					if folded != "" {
						err = n.cfgErrorf("undefined: %s.%s (but have %s)", n.child[0].ident, name, folded)
						break
					}
					err = n.cfgErrorf("package %s \"%s\" has no symbol %s", n.child[0].ident, pkg, name)
				}
			case n.typ.cat == srcPkgT:
				pkg, name := n.typ.path, n.child[1].ident // gonotes patch: was n.child[0].sym.typ.path
				// Resolve source package symbol
				if sym, ok := interp.srcPkg[pkg][name]; ok {
					n.findex = sym.index
					if sym.global {
						n.level = globalFrame
					}
					n.val = sym.node
					n.gen = nop
					n.action = aGetSym
					n.typ = sym.typ
					n.sym = sym
					n.recv = sym.recv
					n.rval = sym.rval
					err = genericValueErr(n) // gonotes patch (s20-public20): a generic func of a package (slices.Reverse) as a value
				} else {
					err = n.cfgErrorf("undefined selector: %s.%s", pkg, name)
				}
			case (isInterfaceSrc(n.typ) || isInterfaceBin(n.typ)) && n.child[0].isType(sc) && ifaceMethodExpr(n):
				// gonotes patch: the method expression I.M of an interface type (methexpr.go).
			case n.child[0].isType(sc) && binMethodExpr(n):
				// gonotes patch: the method expression T.M of a compiled type (methexpr.go).
			case n.child[0].isType(sc) && embeddedIfaceMethodExpr(n):
				// gonotes patch (s16-fuzz16): T.M of a method promoted from an embedded interface (methexpr.go).
			case n.child[0].isType(sc) && embeddedBinMethodExpr(n):
				// gonotes patch (s16-fuzzmerged): T.M of a method promoted from an embedded compiled type (methexprbin.go).
			case isStruct(n.typ) || isInterfaceSrc(n.typ):
				// Find a matching field.
				if ti := n.typ.lookupField(n.child[1].ident); len(ti) > 0 {
					if isStruct(n.typ) {
						// If a method of the same name exists, use it if it is shallower than the struct field.
						// if method's depth is the same as field's, this is an error.
						// gonotes patch: a field's depth is its path's length - 1 (a field
						// of the struct itself is at depth 0), a method's is its path's length.
						d := n.typ.methodDepth(n.child[1].ident)
						if d >= 0 && d < len(ti)-1 {
							goto tryMethods
						}
						if d == len(ti)-1 {
							err = n.cfgErrorf("ambiguous selector: %s", n.child[1].ident)
							break
						}
						if _, amb := n.typ.lookupStructField(n.child[1].ident); amb {
							err = n.cfgErrorf("ambiguous selector %s", exprString(n)) // gonotes patch (s11-refl)
							break
						}
					}
					n.val = ti
					switch {
					case isInterfaceSrc(n.typ):
						n.typ = n.typ.fieldSeq(ti)
						n.gen = getMethodByName
						n.action = aMethod
					case n.typ.cat == ptrT:
						n.typ = n.typ.fieldSeq(ti)
						n.gen = getPtrIndexSeq
						if n.typ.cat == funcT {
							// Function in a struct field is always wrapped in reflect.Value.
							n.typ = wrapperValueTOf(n.typ.TypeOf(), n.typ)
						}
					default:
						n.gen = getIndexSeq
						n.typ = n.typ.fieldSeq(ti)
						if n.typ.cat == funcT {
							// Function in a struct field is always wrapped in reflect.Value.
							n.typ = wrapperValueTOf(n.typ.TypeOf(), n.typ)
						}
					}
					break
				}
				if s, lind, ok := n.typ.lookupBinField(n.child[1].ident); ok {
					// gonotes patch (s16-errwords): an unexported field of a
					// compiled package's struct type.
					if len(lind) == 0 && n.typ.cat == valueT {
						st := n.typ.TypeOf()
						for st.Kind() == reflect.Ptr {
							st = st.Elem()
						}
						if err = unexportedFieldErr(n, st, s); err != nil {
							break
						}
					}
					// Handle an embedded binary field into a struct field.
					n.gen = getIndexSeqField
					lind = append(lind, s.Index...)
					if isStruct(n.typ) {
						// If a method of the same name exists, use it if it is shallower than the struct field.
						// if method's depth is the same as field's, this is an error.
						// gonotes patch: a field's depth is its path's length - 1 (a field
						// of the struct itself is at depth 0), a method's is its path's length.
						d := n.typ.methodDepth(n.child[1].ident)
						if d >= 0 && d < len(lind)-1 {
							goto tryMethods
						}
						if d == len(lind)-1 {
							err = n.cfgErrorf("ambiguous selector: %s", n.child[1].ident)
							break
						}
					}
					n.val = lind
					n.typ = valueTOf(s.Type)
					break
				}
				// No field (embedded or not) matched. Try to match a method.
			tryMethods:
				fallthrough
			default:
				if t := n.typ; t.cat == ptrT && t.name != "" {
					// gonotes patch (s18-fuzz18): a defined pointer type
					// (type P *T) has no methods; p.M ran T's method.
					if err = undefinedSelectorErr(n); err == nil {
						err = n.cfgErrorf("undefined selector: %s", n.child[1].ident)
					}
					break
				}
				err = matchSelectorMethod(sc, n)
			}
			if err == nil && n.findex != -1 && n.typ.cat != genericT {
				n.findex = sc.add(n.typ)
			}

		case selectStmt:
			sc = sc.pop() // gonotes patch: see the pre-order selectStmt case
			wireChild(n)
			// Move action to block statement, so select node can be an exit point.
			n.child[0].gen = _select
			// Chain channel init actions in commClauses prior to invoking select.
			var cur *node
			for _, c := range n.child[0].child {
				if c.kind == commClauseDefault {
					// No channel init in this case.
					continue
				}
				var an, pn *node // channel init action nodes
				if len(c.child) > 0 {
					switch c0 := c.child[0]; {
					case c0.kind == exprStmt && len(c0.child) == 1 && c0.child[0].action == aRecv:
						an = c0.child[0].child[0]
						pn = an
					case c0.action == aAssign, c0.action == aAssignX && c0.lastChild().action == aRecv: // gonotes patch: v, ok = <-ch too
						an = c0.lastChild().child[0]
						pn = an
					case c0.kind == sendStmt:
						an = c0.child[0]
						pn = c0.child[1]
					}
				}
				if an == nil {
					continue
				}
				if cur == nil {
					// First channel init action, the entry point for the select block.
					n.start = an.start
				} else {
					// Chain channel init action to the previous one.
					cur.tnext = an.start
				}
				if pn != nil {
					// Chain channect init action to send data init action.
					// (already done by wireChild, but let's be explicit).
					an.tnext = pn.start // gonotes patch: start of the value sent (case ch <- f():)
					cur = pn
				}
			}
			if cur == nil {
				// There is no channel init action, call select directly.
				n.start = n.child[0]
			} else {
				// Select is called after the last channel init action.
				cur.tnext = n.child[0]
			}
			snapshotSelectOperands(n, sc) // gonotes patch

		case starExpr:
			if isBlank(n.child[0]) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			switch {
			case n.anc.kind == defineStmt && len(n.anc.child) == 3 && n.anc.child[1] == n:
				// pointer type expression in a var definition
				n.gen = nop
			case n.anc.kind == valueSpec && n.anc.lastChild() == n:
				// pointer type expression in a value spec
				n.gen = nop
			case n.anc.kind == fieldExpr:
				// pointer type expression in a field expression (arg or struct field)
				n.gen = nop
			case n.child[0].isType(sc):
				// pointer type expression
				n.gen = nop
				n.typ = ptrOf(n.child[0].typ)
			default:
				// dereference expression
				wireChild(n)

				err = check.starExpr(n.child[0])
				if err != nil {
					break
				}

				if c0 := n.child[0]; c0.typ.cat == valueT {
					n.typ = valueTOf(c0.typ.rtype.Elem())
				} else {
					n.typ = placeholderType(c0.typ.val) // gonotes patch (s13-goroot9): type Q *R; type R *Q; **q
				}
				n.findex = sc.add(n.typ)
			}

		case typeSwitch:
			// Check that cases expressions are all different
			usedCase := map[string]bool{}
			for _, c := range n.lastChild().child {
				if len(c.child) == 0 {
					continue // gonotes patch (s15-public10a): an empty default clause
				}
				for _, t := range c.child[:len(c.child)-1] {
					if hasTypeArg(t) {
						// gonotes patch (s10-goroot): in an instance of a generic
						// function, a case naming a type parameter may be the
						// type of another case (case T: ... case int32: with T
						// int32), which Go allows: the first matching case runs.
						continue
					}
					// gonotes patch (s19-errwords19): case Num, of a
					// constraint interface Num, is gc's error.
					if err = constraintUseError(t, t.typ); err != nil {
						return
					}
					tid := t.typ.id()
					if usedCase[tid] {
						err = c.cfgErrorf("duplicate case %s in type switch", t.ident)
						return
					}
					usedCase[tid] = true
				}
			}
			if err = impossibleTypeCases(check, n, inGenericInstance(sc)); err != nil { // gonotes patch (s14-typeident)
				return
			}
			fallthrough

		case switchStmt:
			sc = sc.pop()
			sbn := n.lastChild() // switch block node
			clauses := sbn.child
			// gonotes patch: an untyped constant case must be representable in the tag's type.
			if err = checkCaseConsts(n, clauses); err != nil {
				break
			}
			if err = duplicateCaseErr(n, clauses); err != nil { // gonotes patch (s17-errwords17)
				break
			}
			l := len(clauses)
			if l == 0 {
				// Switch is empty
				break
			}
			// Chain case clauses.
			for i := l - 1; i >= 0; i-- {
				c := clauses[i]
				if len(c.child) == 0 {
					c.tnext = n // Clause body is empty, exit.
				} else {
					body := c.lastChild()
					c.tnext = body.start
					if n.kind != switchStmt || !chainCaseExprs(c) { // gonotes patch: chainCaseExprs
						c.child[0].tnext = c
					}
					c.start = c.child[0].start
					if n.kind == typeSwitch && len(c.child) == 1 && n.child[1].action == aAssign {
						// gonotes patch (s20-harvest20): a default clause
						// starts at the clause, which sets the guard's
						// variable, as the clauses before it go there; a
						// default that is the only clause started at its
						// body, and its variable was nil.
						c.start = c
					}

					if c.fallTo != nil && len(body.child) > 0 && body.lastChild().kind == fallthroughtStmt { // gonotes patch: fallTo
						if n.kind == typeSwitch {
							err = body.lastChild().cfgErrorf("cannot fallthrough in type switch")
						}
						if len(c.fallTo.child) == 0 {
							body.tnext = n // Fallthrough to next with empty body, just exit.
						} else {
							body.tnext = c.fallTo.lastChild().start
						}
					} else {
						body.tnext = n // Exit switch at end of clause body.
					}
				}

				if i == l-1 {
					setFNext(clauses[i], n)
					continue
				}
				if len(clauses[i+1].child) > 1 {
					setFNext(c, clauses[i+1].start)
				} else {
					setFNext(c, clauses[i+1])
				}
			}
			for _, c := range clauses { // gonotes patch: chainCaseExprs
				if len(c.child) > 1 {
					if chk := c.child[len(c.child)-2].tnext; chk != nil && chk != c && chk.gen != nil && chk.anc == c {
						chk.fnext = c.fnext
					}
				}
			}
			sbn.start = clauses[0].start
			n.start = n.child[0].start
			if n.kind == typeSwitch {
				// Handle the typeSwitch init (the type assert expression).
				init := n.child[1].lastChild().child[0]
				init.tnext = sbn.start
				n.child[0].tnext = init.start
			} else if len(n.child) > 2 { // gonotes patch: a switch with an init statement evaluates its tag after the init
				n.child[0].tnext = n.child[1].start
				n.child[1].tnext = sbn.start
			} else {
				n.child[0].tnext = sbn.start
			}

		case switchIfStmt: // like an if-else chain
			sc = sc.pop()
			sbn := n.lastChild() // switch block node
			clauses := sbn.child
			l := len(clauses)
			if l == 0 {
				// Switch is empty
				break
			}
			// Wire case clauses in reverse order so the next start node is already resolved when used.
			for i := l - 1; i >= 0; i-- {
				c := clauses[i]
				c.gen = nop
				if len(c.child) == 0 {
					c.tnext = n
					c.fnext = n
				} else {
					body := c.lastChild()
					if len(c.child) > 1 {
						// gonotes patch (s11-refl): every expression of the
						// case is tested in turn (case a, b: tested a only).
						conds := c.child[:len(c.child)-1]
						for k := len(conds) - 1; k >= 0; k-- {
							cond := conds[k]
							cond.tnext = body.start
							if cond.action == aNop && cond.typ != nil && isInterface(cond.typ) {
								// gonotes patch (s11-refl): `switch { case x: }`
								// with x of an interface type compares x with
								// true (see branchIface).
								cond.action = aBranch
								cond.gen = branchIface
							}
							var next *node
							switch {
							case k < len(conds)-1:
								next = conds[k+1].start
							case i == l-1:
								next = n
							default:
								next = clauses[i+1].start
							}
							setFNext(cond, next)
							if cond.rval.IsValid() && isBool(cond.typ) {
								// gonotes patch (s12-goroot): a constant
								// condition (case 1 != 1:, folded) is no
								// test, its node goes on to the body: the
								// case was taken whatever its value, as an
								// if does, it is resolved at compile time.
								if constCondBool(cond.rval) {
									cond.start = body.start
								} else {
									cond.start = next
								}
							}
						}
						c.start = conds[0].start
					} else {
						c.start = body.start
					}
					// If last case body statement is a fallthrough, then jump to next case body
					if c.fallTo != nil && len(body.child) > 0 && body.lastChild().kind == fallthroughtStmt { // gonotes patch: fallTo
						body.tnext = c.fallTo.lastChild().start
					} else {
						body.tnext = n
					}
				}
			}
			sbn.start = clauses[0].start
			n.start = n.child[0].start
			n.child[0].tnext = sbn.start

		case typeAssertExpr:
			if len(n.child) == 1 {
				// The "o.(type)" is handled by typeSwitch.
				n.gen = nop
				break
			}

			wireChild(n)
			c0, c1 := n.child[0], n.child[1]
			if isBlank(c0) || isBlank(c1) {
				err = n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
				break
			}
			if c1.typ == nil {
				if c1.typ, err = nodeType(interp, sc, c1); err != nil {
					return
				}
			}

			// gonotes patch (s19-errwords19): x.(Num) of a constraint
			// interface Num is gc's error.
			if err = constraintUseError(c1, c1.typ); err != nil {
				break
			}
			err = check.typeAssertionExpr(c0, c1.typ, inGenericInstance(sc))
			if err != nil {
				err = impossibleAssertErr(n, c0, c1, err) // gonotes patch (s17-errwords17)
				break
			}

			if n.anc.action != aAssignX {
				if c0.typ.cat == valueT && isFunc(c1.typ) {
					// Avoid special wrapping of interfaces and func types.
					n.typ = valueTOf(c1.typ.TypeOf())
				} else {
					n.typ = c1.typ
				}
				n.findex = sc.add(n.typ)
			}

		case sliceExpr:
			wireChild(n)

			err = check.sliceExpr(n)
			if err != nil {
				break
			}

			if n.typ, err = nodeType(interp, sc, n); err != nil {
				return
			}
			n.findex = sc.add(n.typ)

		case unaryExpr:
			wireChild(n)

			err = check.unaryExpr(n)
			if err != nil {
				break
			}

			n.typ = n.child[0].typ
			if n.action == aRecv {
				// Channel receive operation: set type to the channel data type
				if n.typ.cat == valueT {
					n.typ = valueTOf(n.typ.rtype.Elem())
				} else {
					n.typ = n.typ.val
				}
			}
			if n.typ == nil {
				if n.typ, err = nodeType(interp, sc, n); err != nil {
					return
				}
			}

			// TODO: Optimisation: avoid allocation if boolean branch op (i.e. '!' in an 'if' expr)
			if n.child[0].rval.IsValid() && !isBinPkgVar(n.child[0]) && !isInterface(n.typ) && constOp[n.action] != nil { // gonotes patch (s10-goroot): not a variable of a compiled package
				n.typ.TypeOf() // init reflect type
				constOp[n.action](n)
				// gonotes patch: a typed constant must be representable.
				if err = checkConstFold(n); err != nil {
					break
				}
				n.rval = foldedConst(n, n.rval) // gonotes patch (s11-fixa)
			}
			switch {
			case n.rval.IsValid():
				n.gen = nop
				n.findex = notInFrame
			case n.anc.kind == assignStmt && n.anc.action == aAssign && n.anc.nright == 1 && !ifaceDest(n.anc.child[childPos(n)-n.anc.nright].typ, n.typ): // gonotes patch
				dest := n.anc.child[childPos(n)-n.anc.nright]
				n.typ = dest.typ
				n.findex = dest.findex
				n.level = dest.level
			case n.anc.kind == returnStmt && !ifaceDest(sc.def.typ.ret[childPos(n)], dynConcreteType(n)): // gonotes patch
				pos := childPos(n)
				n.typ = sc.def.typ.ret[pos]
				n.findex = pos
			default:
				n.findex = sc.add(n.typ)
			}

		case valueSpec:
			n.gen = reset
			l := len(n.child) - 1
			if n.typ = n.child[l].typ; n.typ == nil {
				if n.typ, err = nodeType(interp, sc, n.child[l]); err != nil {
					return
				}
			}
			if err = constraintUseError(n.child[l], n.typ); err != nil { // gonotes patch (s14-typeident)
				return
			}

			for _, c := range n.child[:l] {
				var index int
				if sc.global {
					// Global object allocation is already performed in GTA.
					index = sc.sym[c.ident].index
					c.level = globalFrame
				} else {
					index = sc.add(n.typ)
					sc.sym[c.ident] = &symbol{index: index, kind: varSym, typ: n.typ}
				}
				c.typ = n.typ
				c.findex = index
			}
		}
	})

	if sc != interp.universe {
		sc.pop()
	}
	return initNodes, err
}

// inNestedScope reports whether n is inside a block or a compound
// statement nested in root, where the global types analysis (GTA) does not
// go (gonotes patch).
func inNestedScope(n, root *node) bool {
	for a := n.anc; a != nil && a != root; a = a.anc {
		switch a.kind {
		case blockStmt, ifStmt0, ifStmt1, ifStmt2, ifStmt3, forStmt0, forStmt1, forStmt2, forStmt3,
			forStmt4, forStmt5, forStmt6, forStmt7, forRangeStmt, rangeStmt, switchStmt,
			switchIfStmt, typeSwitch, selectStmt:
			return true
		}
	}
	return false
}

// comma2Type returns the type of the first value of a comma-ok map index
// or receive: src.typ, or when the global pass of a top-level statement runs
// before it is known (gonotes patch: yaegi panicked with "nil type"), the
// element type of the map or channel x.
func comma2Type(sc *scope, src, x *node, isMap bool) (*itype, error) {
	if src.typ != nil {
		return src.typ, nil
	}
	t, err := nodeType(src.interp, sc, x)
	if err != nil {
		return nil, err
	}
	switch {
	case t.cat == mapT && isMap, t.cat == chanT && !isMap, t.cat == chanRecvT && !isMap:
		return t.val, nil
	case t.cat == valueT && t.rtype != nil && (t.rtype.Kind() == reflect.Map || t.rtype.Kind() == reflect.Chan):
		return valueTOf(t.rtype.Elem()), nil
	}
	return nil, src.cfgErrorf("cannot use %s in a comma-ok assignment", x.ident)
}

// declaresType reports whether n, an assignment or a declaration of
// several names from one value, has a type among its children (var a, b
// T = f()): one child more than its names and values. gonotes patch
// (s11-fixa): the last name was taken for a type when it was one (var c =
// b before var a, b = f(): GTA had given b a placeholder type symbol), and
// the call was found to return one value too many.
func declaresType(n *node) bool {
	return len(n.child) > n.nleft+n.nright
}

func compDefineX(sc *scope, n *node) error {
	l := len(n.child) - 1
	types := []*itype{}

	switch src := n.child[l]; src.kind {
	case callExpr:
		funtype, err := nodeType(n.interp, sc, src.child[0])
		if err != nil {
			return err
		}
		if funtype == nil { // gonotes patch: f[T](x), an instance
			funtype = &itype{cat: funcT}
		}
		for funtype.cat == valueT && funtype.val != nil {
			// Retrieve original interpreter type from a wrapped function.
			// Struct fields of function types are always wrapped in valueT to ensure
			// their possible use in runtime. In that case, the val field retains the
			// original interpreter type, which is used now.
			funtype = funtype.val
		}
		if funtype.cat == valueT {
			// Handle functions imported from runtime.
			for i := 0; i < funtype.rtype.NumOut(); i++ {
				types = append(types, valueTOf(funtype.rtype.Out(i)))
			}
		} else if gt, err := genericCallTypes(n.interp, sc, src, nil); err != nil { // gonotes patch: an instance
			return err
		} else if gt != nil {
			types = gt
		} else {
			types = funtype.ret
		}
		declared := n.anc.kind == varDecl && declaresType(n) && n.child[l-1].isType(sc) // gonotes patch (s11-fixa): see declaresType
		if declared {
			l--
		}
		if len(types) != l {
			return mismatchErr(src, l, len(types)) // gonotes patch (s14-lead): Go's words
		}
		if declared {
			// gonotes patch: var a, b any = f() declares variables of the
			// type written (they had the types of f's results).
			dt, err := nodeType(n.interp, sc, n.child[l])
			if err != nil {
				return err
			}
			types = make([]*itype, l)
			for i := range types {
				types[i] = dt
			}
		}
		if isBinCall(src, sc) {
			n.gen = nop
		} else {
			// TODO (marc): skip if no conversion or wrapping is needed.
			n.gen = assignFromCall
		}

	case indexExpr:
		t, err := comma2Type(sc, src, src.child[0], true)
		if err != nil {
			return err
		}
		types = append(types, t, sc.getType("bool"))
		n.child[l].gen = getIndexMap2
		n.gen = nop

	case typeAssertExpr:
		if n.child[0].ident == "_" {
			n.child[l].gen = typeAssertStatus
		} else {
			n.child[l].gen = typeAssertLong
		}
		t := n.child[l].child[1].typ
		if t == nil {
			// gonotes patch: at the top level, the global pass comes first.
			var err error
			if t, err = nodeType(n.interp, sc, n.child[l].child[1]); err != nil {
				return err
			}
		}
		types = append(types, t, sc.getType("bool"))
		n.gen = nop

	case unaryExpr:
		if n.child[l].action == aRecv {
			t, err := comma2Type(sc, src, src.child[0], false)
			if err != nil {
				return err
			}
			types = append(types, t, sc.getType("bool"))
			n.child[l].gen = recv2
			n.gen = nop
		}

	default:
		return n.cfgErrorf("unsupported assign expression")
	}

	// Handle redeclarations: find out new symbols vs existing ones.
	symIsNew := map[string]bool{}
	hasNewSymbol := false
	for i := range types {
		id := n.child[i].ident
		if id == "_" || id == "" {
			continue
		}
		if _, found := symIsNew[id]; found {
			return n.cfgErrorf("%s repeated on left side of :=", id)
		}
		// A new symbol doesn't exist in current scope. Upper scopes are not
		// taken into accout here, as a new symbol can shadow an existing one.
		if _, found := sc.sym[id]; found {
			symIsNew[id] = false
		} else {
			symIsNew[id] = true
			hasNewSymbol = true
		}
	}

	// gonotes patch (s12-wrap): as Go, a := in a function declares at
	// least one new variable.
	if !hasNewSymbol && !sc.global && n.anc.kind != varDecl && n.anc.kind != constDecl && n.anc.kind != commClause { // a select case's variables are declared with the clause
		return n.cfgErrorf("no new variables on left side of :=")
	}
	for i, t := range types {
		var index int
		id := n.child[i].ident
		// A variable can be redeclared if at least one other not blank variable is created.
		// The redeclared variable must be of same type (it is reassigned, not created).
		// Careful to not reuse a variable which has been shadowed (it must not be a newSym).
		sym, level, ok := sc.lookup(id)
		canRedeclare := hasNewSymbol && len(symIsNew) > 1 && !symIsNew[id] && ok
		// gonotes patch (s13-public8): a package-level variable (var g T
		// at a cell's top level) is found at globalFrame, not at the
		// statement's level: `g, n := f()` after it declared a second g,
		// so that a closure made by f(), reading g, saw the first one.
		// gonotes patch (s13-misc): likewise a global of an earlier
		// input (a pointer taken before no longer saw it).
		sameScope := level == n.child[i].level || ok && sym.global && (sc.sym[id] == sym || sc.global && level == globalFrame)
		// gonotes patch (s13-public8): a variable of an interface type is
		// redeclared by a result of a type assignable to it (var w
		// io.Writer; w, n := f(), f returning a *strings.Builder): Go
		// assigns it; a new w of the result's type rejected w = other.
		ifaceDest := canRedeclare && sameScope && sym.kind == varSym && sym.typ != nil && isInterface(sym.typ) && !isInterface(t) && t.cat != nilT && t.assignableTo(sym.typ)
		// gonotes patch (s13-misc): GTA's x := 1 has its constant's type.
		sameType := canRedeclare && sym.typ != nil && (sym.typ.id() == t.id() || sym.global && sym.typ.untyped && sym.typ.defaultType(sym.rval, sc).id() == t.id())
		if canRedeclare && sameScope && sym.kind == varSym && (sameType || ifaceDest) {
			index = sym.index
			n.child[i].redeclared = true
			if ifaceDest {
				t = sym.typ
			}
		} else {
			index = sc.add(t)
			sc.sym[id] = &symbol{index: index, kind: varSym, typ: t}
			if sc.global && n.anc.kind == varDecl {
				// gonotes patch (s11-fixa): a package-level variable, as
				// GTA defines those of one value each: the variables whose
				// initialization refers to it wait for its declaration (var
				// c = b before var a, b = f() read b before f was called).
				sc.sym[id].global, sc.sym[id].node = true, n
			}
		}
		n.child[i].typ = t
		n.child[i].findex = index
	}
	return nil
}

// TODO used for allocation optimization, temporarily disabled
// func isAncBranch(n *node) bool {
//	switch n.anc.kind {
//	case If0, If1, If2, If3:
//		return true
//	}
//	return false
// }

func childPos(n *node) int {
	for i, c := range n.anc.child {
		if n == c {
			return i
		}
	}
	return -1
}

func (n *node) cfgErrorf(format string, a ...interface{}) *cfgError {
	pos := n.interp.fset.Position(n.pos)
	posString := n.interp.fset.Position(n.pos).String()
	if pos.Filename == DefaultSourceName {
		posString = strings.TrimPrefix(posString, DefaultSourceName+":")
	}
	a = append([]interface{}{posString}, a...)
	err := fmt.Errorf("%s: "+format, a...)
	if msg := err.Error(); strings.Contains(msg, localMark) {
		err = fmt.Errorf("%s", typeDisplay(msg)) // gonotes patch (s12-goroot): local types named as Go names them
	}
	return &cfgError{n, err}
}

// genRunLater notes g, a generic instance (a func, or a method of an
// instantiated type) just compiled, to be generated with the program
// (genRunPending), once every declaration compiled: the methods of a
// type declared later in the source, given as a type argument, were not
// compiled yet, and the instance's code gave values of that type to
// compiled code without them (errors.As into a *T, reflect.TypeOf).
// gonotes patch (s20-public20).
func (interp *Interpreter) genRunLater(g *node) {
	interp.genLaterMu.Lock()
	interp.genLater = append(interp.genLater, g)
	interp.genLaterMu.Unlock()
}

// genRunPending generates the instances noted by genRunLater.
// gonotes patch (s20-public20).
func (interp *Interpreter) genRunPending() error {
	for {
		interp.genLaterMu.Lock()
		gs := interp.genLater
		interp.genLater = nil
		interp.genLaterMu.Unlock()
		if len(gs) == 0 {
			return nil
		}
		for _, g := range gs {
			if err := genRun(g); err != nil {
				return err
			}
		}
	}
}

func genRun(nod *node) error {
	var err error
	seen := map[*node]bool{}

	nod.Walk(func(n *node) bool {
		if err != nil || seen[n] {
			return false
		}
		seen[n] = true
		switch n.kind {
		case funcType:
			if len(n.anc.child) == 4 {
				// function body entry point
				liveClears(n.anc) // gonotes patch (s9-live2)
				setExec(n.anc.child[3].start)
			}
			// continue in function body as there may be inner function definitions
		case constDecl:
			setExec(n.start)
			return false
		case varDecl:
			// gonotes patch (s20-public20): and the bodies of the func
			// literals of its values (see funcLit in cfg).
			setExec(n.start)
		}
		return true
	}, nil)

	return err
}

func genGlobalVars(roots []*node, sc *scope) (*node, error) {
	var vars []*node
	for _, n := range roots {
		vars = append(vars, getVars(n)...)
	}

	if len(vars) == 0 {
		return nil, nil
	}

	varNode, err := genGlobalVarDecl(vars, sc)
	if err != nil {
		return nil, err
	}
	noteInitLitOrder(roots, varNode.child) // gonotes patch (s19-misc19): callers.go
	setExec(varNode.start)
	return varNode, nil
}

func getVars(n *node) (vars []*node) {
	for _, child := range n.child {
		if child.kind == varDecl {
			vars = append(vars, child.child...)
		}
	}
	return vars
}

func genGlobalVarDecl(nodes []*node, sc *scope) (*node, error) {
	varNode := &node{kind: varDecl, action: aNop, gen: nop}

	deps := map[*node][]*node{}
	// gonotes patch: only the variables declared here are ordered. A
	// dependency on another global (declared by an earlier REPL input, or
	// a local variable named like it) is no definition loop.
	declared := map[*node]bool{}
	for _, n := range nodes {
		declared[n] = true
	}
	for _, n := range nodes {
		for _, d := range getVarDependencies(n, sc) {
			if declared[d] {
				deps[n] = append(deps[n], d)
			}
		}
	}

	// gonotes patch: as in Go ("Package initialization"), the next variable
	// initialized is the earliest in declaration order that is ready (all
	// its dependencies initialized), repeatedly.
	inited := map[*node]bool{}
	for len(varNode.child) < len(nodes) {
		var next *node
		for _, n := range nodes {
			if inited[n] {
				continue
			}
			ready := true
			for _, d := range deps[n] {
				if !inited[d] {
					ready = false
					break
				}
			}
			if ready {
				next = n
				break
			}
		}
		if next == nil {
			for _, n := range nodes {
				if !inited[n] {
					return nil, n.cfgErrorf("variable definition loop")
				}
			}
		}
		varNode.child = append(varNode.child, next)
		inited[next] = true
	}
	wireChild(varNode)
	return varNode, nil
}

func getVarDependencies(nod *node, sc *scope) (deps []*node) {
	// gonotes patch: a reference to a function is a dependency on the
	// variables its body refers to (transitively), as in Go. In a body the
	// identifiers are resolved (n.sym): a local variable is not a global.
	seen := map[*node]bool{}
	visited := map[*node]bool{} // gonotes patch (s9-genstd): the nodes of a generic instance may form a cycle
	var walk func(root *node, inFunc bool)
	walk = func(root *node, inFunc bool) {
		root.Walk(func(n *node) bool {
			if visited[n] {
				return false
			}
			visited[n] = true
			if !inFunc && n.kind == funcLit {
				// gonotes patch (s15-noticeda): the body of a func literal
				// has its identifiers resolved, as a func's: its parameter
				// x is not the global x (var f = func(x int) int { return
				// x }; var x any = f was a "variable definition loop").
				walk(n.lastChild(), true)
				return false
			}
			if n.kind == selectorExpr && len(n.child) == 2 {
				// gonotes patch: a method value or call (t.m(), T.m) depends
				// on what the method's body refers to.
				recv := n.child[0]
				typ := recv.typ
				if !inFunc && recv.kind == identExpr {
					if sym, _, ok := sc.lookup(recv.ident); ok && (sym.kind == varSym || sym.kind == typeSym) {
						typ = sym.typ
					}
				}
				if typ != nil {
					if m, _ := typ.lookupMethod(n.child[1].ident); m != nil && m.kind == funcDecl && !seen[m] {
						seen[m] = true
						walk(m.lastChild(), true)
					}
				}
				return true
			}
			if n.kind != identExpr {
				return true
			}
			// Process ident nodes, and avoid false dependencies.
			if n.anc.kind == selectorExpr && childPos(n) == 1 {
				return false
			}
			if n.ident == "_" { // gonotes patch: the blank identifier is no variable to wait for
				return false
			}
			sym := n.sym
			if !inFunc {
				var ok bool
				if sym, _, ok = sc.lookup(n.ident); !ok {
					return false
				}
			}
			if sym == nil {
				return false
			}
			switch {
			case sym.kind == varSym && sym.global && sym.node != nod:
				deps = append(deps, sym.node)
			case sym.kind == funcSym && sym.node != nil && sym.node.kind == funcDecl && !seen[sym.node]:
				seen[sym.node] = true
				walk(sym.node.lastChild(), true)
			}
			return false
		}, nil)
	}
	walk(nod, false)
	return deps
}

// setFnext sets the cond fnext field to next, propagates it for parenthesis blocks
// and sets the action to branch.
func setFNext(cond, next *node) {
	if cond.action == aNop {
		cond.action = aBranch
		cond.gen = branch
		cond.fnext = next
	}
	if cond.kind == parenExpr {
		setFNext(cond.lastChild(), next)
		return
	}
	cond.fnext = next
}

// GetDefault return the index of default case clause in a switch statement, or -1.
func getDefault(n *node) int {
	for i, c := range n.lastChild().child {
		switch len(c.child) {
		case 0:
			return i
		case 1:
			if c.child[0].kind == caseBody {
				return i
			}
		}
	}
	return -1
}

func isBinType(v reflect.Value) bool { return v.IsValid() && v.Kind() == reflect.Ptr && v.IsNil() }

// isType returns true if node refers to a type definition, false otherwise.
func (n *node) isType(sc *scope) bool {
	switch n.kind {
	case arrayType, chanType, chanTypeRecv, chanTypeSend, funcType, interfaceType, mapType, structType:
		return true
	case parenExpr, starExpr:
		if len(n.child) == 1 {
			return n.child[0].isType(sc)
		}
	case selectorExpr:
		pkg, name := n.child[0].ident, n.child[1].ident
		baseName := filepath.Base(n.interp.fset.Position(n.pos).Filename)
		suffixedPkg := filepath.Join(pkg, baseName)
		sym, _, ok := sc.lookup(suffixedPkg)
		if !ok {
			sym, _, ok = sc.lookup(pkg)
			if !ok {
				return false
			}
		}
		if sym.kind != pkgSym {
			return false
		}
		path := sym.typ.path
		if p, ok := n.interp.binPkg[path]; ok && isBinType(p[name]) {
			return true // Imported binary type
		}
		if p, _ := n.interp.binSrcPkg(path, sc); p[name] != nil && p[name].kind == typeSym { // gonotes patch: binSrcPkg
			return true // Imported source type
		}
	case identExpr:
		return sc.lookupType(n.ident) != nil || n.sym != nil && n.sym.kind == typeSym // gonotes patch: a type argument (genAST); lookupType: not a predeclared type shadowed by a variable
	case indexExpr, indexListExpr: // gonotes patch: and a generic type of several type parameters
		// Maybe a generic type.
		if n.child[0].kind == selectorExpr {
			// gonotes patch: a generic type of a package
			// (iter.Seq[string](f) is a conversion; s9-genstd:
			// (*atomic.Pointer[int]).Swap).
			return n.child[0].isType(sc)
		}
		sym, _, ok := sc.lookup(n.child[0].ident)
		return ok && sym.kind == typeSym
	}
	return false
}

// wireChild wires AST nodes for CFG in subtree.
func wireChild(n *node, exclude ...nkind) {
	child := excludeNodeKind(n.child, exclude)

	// Set start node, in subtree (propagated to ancestors by post-order processing)
	for _, c := range child {
		switch c.kind {
		case arrayType, chanType, chanTypeRecv, chanTypeSend, funcDecl, importDecl, mapType, basicLit, identExpr, typeDecl:
			continue
		default:
			n.start = c.start
		}
		break
	}

	// Chain sequential operations inside a block (next is right sibling)
	for i := 1; i < len(child); i++ {
		switch child[i].kind {
		case funcDecl:
			child[i-1].tnext = child[i]
		default:
			switch child[i-1].kind {
			case breakStmt, continueStmt, gotoStmt, returnStmt:
				// tnext is already computed, no change
			default:
				child[i-1].tnext = child[i].start
			}
		}
	}

	// Chain subtree next to self
	for i := len(child) - 1; i >= 0; i-- {
		switch child[i].kind {
		case arrayType, chanType, chanTypeRecv, chanTypeSend, importDecl, mapType, funcDecl, basicLit, identExpr, typeDecl:
			continue
		case breakStmt, continueStmt, gotoStmt, returnStmt:
			// tnext is already computed, no change
		default:
			child[i].tnext = n
		}
		break
	}
}

// setSelectClauseExit makes the last statement of a select clause go to the
// end of the select statement, unless it is a branch statement, whose target
// is already set (gonotes patch: "break label" or "continue" as the last
// statement of a clause went back to the select: for { select { default:
// break loop } } never ended).
func setSelectClauseExit(n *node) {
	switch last := n.lastChild(); last.kind {
	case breakStmt, continueStmt, gotoStmt, returnStmt:
	default:
		last.tnext = n.anc.anc // exit node is selectStmt
	}
}

func excludeNodeKind(child []*node, kinds []nkind) []*node {
	if len(kinds) == 0 {
		return child
	}
	var res []*node
	for _, c := range child {
		exclude := false
		for _, k := range kinds {
			if c.kind == k {
				exclude = true
			}
		}
		if !exclude {
			res = append(res, c)
		}
	}
	return res
}

func (n *node) name() (s string) {
	switch {
	case n.ident != "":
		s = n.ident
	case n.action == aGetSym:
		s = n.child[0].ident + "." + n.child[1].ident
	}
	return s
}

// isNatural returns true if node type is natural, false otherwise.
func (n *node) isNatural() bool {
	if isUint(n.typ.TypeOf()) {
		return true
	}
	if n.rval.IsValid() {
		t := n.rval.Type()
		if isUint(t) {
			return true
		}
		if isInt(t) && n.rval.Int() >= 0 {
			// positive untyped integer constant is ok
			return true
		}
		if isFloat(t) {
			// positive untyped float constant with null decimal part is ok
			f := n.rval.Float()
			if f == math.Trunc(f) && f >= 0 {
				n.rval = reflect.ValueOf(uint(f))
				n.typ.rtype = n.rval.Type()
				return true
			}
		}
		if isConstantValue(t) {
			c := n.rval.Interface().(constant.Value)
			switch c.Kind() {
			case constant.Int:
				i, _ := constant.Int64Val(c)
				if i >= 0 {
					return true
				}
			case constant.Float:
				f, _ := constFloat64Val(c)
				if f == math.Trunc(f) {
					n.rval = reflect.ValueOf(constant.ToInt(c))
					n.typ.rtype = n.rval.Type()
					return true
				}
			}
		}
	}
	return false
}

// isNil returns true if node is a literal nil value, false otherwise.
func (n *node) isNil() bool { return n.kind == basicLit && !n.rval.IsValid() }

// fieldType returns the nth parameter field node (type) of a fieldList node.
func (n *node) fieldType(m int) *node {
	k := 0
	l := len(n.child)
	for i := 0; i < l; i++ {
		cl := len(n.child[i].child)
		if cl < 2 {
			if k == m {
				return n.child[i].lastChild()
			}
			k++
			continue
		}
		for j := 0; j < cl-1; j++ {
			if k == m {
				return n.child[i].lastChild()
			}
			k++
		}
	}
	return nil
}

// lastChild returns the last child of a node.
func (n *node) lastChild() *node { return n.child[len(n.child)-1] }

func (n *node) hasAnc(nod *node) bool {
	for a := n.anc; a != nil; a = a.anc {
		if a == nod {
			return true
		}
	}
	return false
}

// labelKey is the key of a label's symbol in a scope: labels and other
// identifiers do not conflict (x := 0; x: for { continue x }). gonotes patch.
func labelKey(name string) string { return "label " + name }

func isKey(n *node) bool {
	switch n.anc.kind { // gonotes patch: a label is no identifier to resolve
	case labeledStmt, breakStmt, continueStmt, gotoStmt:
		if n.anc.child[0] == n {
			return true
		}
	}
	return n.anc.kind == fileStmt ||
		(n.anc.kind == selectorExpr && n.anc.child[0] != n) ||
		(n.anc.kind == funcDecl && isMethod(n.anc)) ||
		(n.anc.kind == keyValueExpr && isStruct(n.anc.typ) && n.anc.child[0] == n) ||
		(n.anc.kind == fieldExpr && len(n.anc.child) > 1 && n.anc.child[0] == n)
}

func isField(n *node) bool {
	return n.kind == selectorExpr && len(n.child) > 0 && n.child[0].typ != nil && isStruct(n.child[0].typ)
}

func isInInterfaceType(n *node) bool {
	anc := n.anc
	for anc != nil {
		if anc.kind == interfaceType {
			return true
		}
		anc = anc.anc
	}
	return false
}

func isInConstOrTypeDecl(n *node) bool {
	anc := n.anc
	for anc != nil {
		switch anc.kind {
		case constDecl, typeDecl, arrayType, chanType:
			return true
		case varDecl, funcDecl:
			return false
		}
		anc = anc.anc
	}
	return false
}

// isNewDefine returns true if node refers to a new definition.
func isNewDefine(n *node, sc *scope) bool {
	if n.ident == "_" {
		return true
	}
	if (n.anc.kind == defineXStmt || n.anc.kind == defineStmt || n.anc.kind == valueSpec) && childPos(n) < n.anc.nleft {
		return true
	}
	if n.anc.kind == rangeStmt {
		if n.anc.child[0] == n {
			return true // array or map key, or chan element
		}
		if sc.rangeChanType(n.anc) == nil && n.anc.child[1] == n && len(n.anc.child) == 4 {
			return true // array or map value
		}
		return false // array, map or channel are always pre-defined in range expression
	}
	return false
}

func isMethod(n *node) bool {
	return len(n.child[0].child) > 0 // receiver defined
}

func isFuncField(n *node) bool {
	return isField(n) && isFunc(n.typ)
}

func isMapEntry(n *node) bool {
	return n.action == aGetIndex && isMap(n.child[0].typ)
}

func isCall(n *node) bool {
	return n.action == aCall || n.action == aCallSlice
}

func isBinCall(n *node, sc *scope) bool {
	if !isCall(n) || len(n.child) == 0 {
		return false
	}
	c0 := n.child[0]
	if c0.typ == nil {
		// If called early in parsing, child type may not be known yet.
		c0.typ, _ = nodeType(n.interp, sc, c0)
		if c0.typ == nil {
			return false
		}
	}
	return c0.typ.cat == valueT && c0.typ.rtype.Kind() == reflect.Func
}

func mustReturnValue(n *node) bool {
	if len(n.child) < 3 {
		return false
	}
	for _, f := range n.child[2].child {
		if len(f.child) > 1 {
			return false
		}
	}
	return true
}

func isRegularCall(n *node) bool {
	return isCall(n) && n.child[0].typ.cat == funcT
}

func variadicPos(n *node) int {
	if len(n.child[0].typ.arg) == 0 {
		return -1
	}
	last := len(n.child[0].typ.arg) - 1
	if n.child[0].typ.arg[last].cat == variadicT {
		return last
	}
	return -1
}

func canExport(name string) bool {
	if r := []rune(name); len(r) > 0 && unicode.IsUpper(r[0]) {
		return true
	}
	return false
}

func getExec(n *node) bltn {
	if n == nil {
		return nil
	}
	if n.exec == nil {
		setExec(n)
	}
	return n.exec
}

// setExec recursively sets the node exec builtin function by walking the CFG
// from the entry point (first node to exec).
func setExec(n *node) {
	if n.exec != nil {
		return
	}
	seen := map[*node]bool{}
	done := map[*node]bool{} // gonotes patch: generated, with a nil exec on purpose (the end of a func body)
	var set func(n *node)

	set = func(n *node) {
		if n == nil || n.exec != nil || done[n] {
			return
		}
		seen[n] = true
		// gonotes patch: a node whose exec an outer setExec is still
		// generating (inSetExec) is handled as one seen by this walk. A
		// generator that calls getExec on nodes of its own (_select on
		// its clause bodies) starts a new walk, which could come back to
		// the node being generated through a loop (a continue in a select
		// clause): the walks recursed forever and the compile never ended.
		n.inSetExec = true
		if n.tnext != nil && n.tnext.exec == nil && !done[n.tnext] {
			if seen[n.tnext] || n.tnext.inSetExec { // gonotes patch: inSetExec
				m := n.tnext
				n.tnext.exec = func(f *frame) bltn { return m.exec(f) }
			} else {
				set(n.tnext)
			}
		}
		if n.fnext != nil && n.fnext.exec == nil && !done[n.fnext] {
			if seen[n.fnext] || n.fnext.inSetExec { // gonotes patch: inSetExec
				m := n.fnext
				n.fnext.exec = func(f *frame) bltn { return m.exec(f) }
			} else {
				set(n.fnext)
			}
		}
		n.gen(n)
		if n.exec == nil && (n.tnext != nil || n.fnext != nil) {
			// gonotes patch (s15-lead): a generator that made no code for
			// a node that has a next one ended its function there, with no
			// error (x-- of a uintptr did): the statements after it never
			// ran. Such a node now fails loudly when it runs.
			n.exec = noCode(n)
		}
		n.inSetExec = false // gonotes patch
		fastExec(n)         // gonotes patch: typed fast paths (fastops.go)
		if len(n.clears) > 0 && n.exec != nil {
			n.exec = withClears(n.clears, n.exec) // gonotes patch (s9-live2): liveclear.go
		}
		if n.stackMove != nil {
			n.exec = stackMoveExec(n.stackMove, n.exec) // gonotes patch (s18-misc18): stackbufret.go
		}
		if n.lhsLate && n.exec != nil {
			lhsLateExec(n) // gonotes patch (s13-goroot9): evalorder.go
		}
		done[n] = true
	}

	set(n)
}

func typeSwichAssign(n *node) bool {
	ts := n.anc.anc.anc
	return ts.kind == typeSwitch && ts.child[1].action == aAssign
}

func compositeGenerator(n *node, typ *itype, rtyp reflect.Type) (gen bltnGenerator) {
	switch typ.cat {
	case linkedT, ptrT:
		// gonotes patch (s13-goroot9): the placeholder of a defined type
		// declared later (type T4 T5; type T5 T3; T4{}) is that type.
		gen = compositeGenerator(n, placeholderType(typ.val), rtyp)
	case arrayT, sliceT:
		gen = arrayLit
	case mapT:
		gen = mapLit
	case structT:
		switch {
		case len(n.child) == 0:
			gen = compositeLitNotype
		case n.lastChild().kind == keyValueExpr:
			if n.nleft == 1 {
				gen = compositeLitKeyed
			} else {
				gen = compositeLitKeyedNotype
			}
		default:
			if n.nleft == 1 {
				gen = compositeLit
			} else {
				gen = compositeLitNotype
			}
		}
	case valueT:
		if rtyp == nil {
			rtyp = n.typ.TypeOf()
		}
		switch k := rtyp.Kind(); k {
		case reflect.Struct:
			if n.nleft == 1 {
				gen = compositeBinStruct
			} else {
				gen = compositeBinStructNotype
			}
		case reflect.Map:
			// TODO(mpl): maybe needs a NoType version too
			gen = compositeBinMap
		case reflect.Ptr:
			// gonotes patch: rtyp.Elem(), not n.typ.val.rtype: an elided &T
			// of a compiled T (map[string]*fstest.MapFile{"a": {...}}) has a
			// valueT type of kind Ptr, without val.
			gen = compositeGenerator(n, typ, rtyp.Elem())
		case reflect.Slice, reflect.Array:
			gen = compositeBinSlice
		default:
			log.Panic(n.cfgErrorf("compositeGenerator not implemented for type kind: %s", k))
		}
	}
	return gen
}

// matchSelectorMethod, given that n represents a selector for a method, tries
// to find the corresponding method, and populates n accordingly.
func matchSelectorMethod(sc *scope, n *node) (err error) {
	name := n.child[1].ident
	// gonotes patch (s16-errwords): a pointer to an interface has no
	// methods (p.M() with p a *I compiled).
	if n.typ != nil && n.typ.cat == ptrT && n.typ.val != nil && isInterface(n.typ.val) && !n.child[0].isType(sc) {
		if err := undefinedSelectorErr(n); err != nil {
			return err
		}
	}
	if n.typ.cat == valueT || n.typ.cat == errorT {
		switch method, ok := n.typ.rtype.MethodByName(name); {
		case ok:
			hasRecvType := n.typ.TypeOf().Kind() != reflect.Interface
			if hasRecvType {
				n.binMethod = &binMethodSel{typ: n.typ.TypeOf(), mode: binRecvValue} // gonotes patch
			}
			n.val = method.Index
			n.gen = getIndexBinMethod
			n.action = aGetMethod
			n.recv = &receiver{node: n.child[0]}
			if hasRecvType {
				n.typ = valueTOf(method.Type, isBinMethod())
				n.typ.recv = n.typ
			} else {
				// gonotes patch (s15-public10a): the method of an interface
				// type has no receiver parameter to drop (f := r.Read gave f
				// the type func() (int, error)).
				n.typ = valueTOf(method.Type)
			}
		case n.typ.TypeOf().Kind() == reflect.Ptr:
			if field, ok := n.typ.rtype.Elem().FieldByName(name); ok {
				if err = unexportedFieldErr(n, n.typ.rtype.Elem(), field); err != nil { // gonotes patch (s16-errwords)
					break
				}
				n.typ = valueTOf(field.Type)
				n.val = field.Index
				n.gen = getPtrIndexSeq
				break
			}
			err = binUndefinedErr(n, name) // gonotes patch (s18-errwords18): go/types' words
		case n.typ.TypeOf().Kind() == reflect.Struct:
			if field, ok := n.typ.rtype.FieldByName(name); ok {
				if err = unexportedFieldErr(n, n.typ.rtype, field); err != nil { // gonotes patch (s16-errwords)
					break
				}
				n.typ = valueTOf(field.Type)
				n.val = field.Index
				n.gen = getIndexSeq
				break
			}
			fallthrough
		default:
			// method lookup failed on type, now lookup on pointer to type
			pt := reflect.PtrTo(n.typ.rtype)
			if m2, ok2 := pt.MethodByName(name); ok2 {
				// gonotes patch (s18-errwords18): gc's error for a pointer
				// method of a value that is not addressable
				// (strings.Builder{}.WriteString("x") ran on a copy).
				if notAddressable(n.child[0]) {
					err = n.cfgErrorf("cannot call pointer method %s on %s", name, n.typ.rtype)
					break
				}
				n.val = m2.Index
				n.gen = getIndexBinPtrMethod
				n.binMethod = &binMethodSel{typ: pt, mode: binRecvAddr} // gonotes patch
				n.typ = valueTOf(m2.Type, isBinMethod(), withRecv(valueTOf(pt)))
				n.recv = &receiver{node: n.child[0]}
				n.action = aGetMethod
				break
			}
			err = binUndefinedErr(n, name) // gonotes patch (s18-errwords18): go/types' words
		}
		return err
	}

	if n.typ.cat == ptrT && (n.typ.val.cat == valueT || n.typ.val.cat == errorT) {
		// Handle pointer on object defined in runtime
		if method, ok := n.typ.val.rtype.MethodByName(name); ok {
			n.val = method.Index
			n.binMethod = &binMethodSel{typ: n.typ.val.rtype, mode: binRecvElem} // gonotes patch
			n.typ = valueTOf(method.Type, isBinMethod(), withRecv(n.typ))
			n.recv = &receiver{node: n.child[0]}
			n.gen = getIndexBinElemMethod
			n.action = aGetMethod
		} else if method, ok := reflect.PtrTo(n.typ.val.rtype).MethodByName(name); ok {
			n.val = method.Index
			n.gen = getIndexBinMethod
			n.binMethod = &binMethodSel{typ: reflect.PtrTo(n.typ.val.rtype), mode: binRecvValue} // gonotes patch
			// gonotes patch: isBinMethod was given to the receiver's type.
			n.typ = valueTOf(method.Type, isBinMethod(), withRecv(valueTOf(reflect.PtrTo(n.typ.val.rtype))))
			n.recv = &receiver{node: n.child[0]}
			n.action = aGetMethod
		} else if field, ok := n.typ.val.rtype.FieldByName(name); ok {
			if err = unexportedFieldErr(n, n.typ.val.rtype, field); err != nil { // gonotes patch (s16-errwords)
				return err
			}
			n.typ = valueTOf(field.Type)
			n.val = field.Index
			n.gen = getPtrIndexSeq
		} else {
			err = n.cfgErrorf("undefined selector: %s", name)
		}
		return err
	}

	if m, lind := n.typ.lookupSrcMethod(name); m != nil {
		if len(lind) > 0 && n.typ.ambiguousMethod(name) { // gonotes patch (s12-public7)
			return n.cfgErrorf("ambiguous selector %s", exprString(n))
		}
		n.action = aGetMethod
		if n.child[0].isType(sc) {
			// gonotes patch (s19-errwords19): T.M of a method with a
			// pointer receiver is gc's error (it ran on a copy).
			if t := n.child[0].typ; len(lind) == 0 && ptrRecvMethod(m) && t != nil && t.cat != ptrT {
				if x := gcExpr(n.child[0]); x != "" {
					return n.cfgErrorf("invalid method expression %s.%s (needs pointer receiver (*%s).%s)", x, name, x, name)
				}
			}
			// Handle method as a function with receiver in 1st argument.
			n.val = m
			n.findex = notInFrame
			n.gen = nop
			n.typ = &itype{}
			*n.typ = *m.typ
			n.typ.arg = append([]*itype{n.child[0].typ}, m.typ.arg...)
			// gonotes patch: the cached string and reflect type were those of
			// the method (func() int for func(T) int).
			n.typ.str, n.typ.rtype = funcOf(n.typ.arg, n.typ.ret).str, nil // gonotes patch: the string of the expression's type
			// gonotes patch (s11-gen): the path to a promoted method's receiver.
			n.promote = lind
		} else {
			// gonotes patch (s15-public10a): gc's error for a pointer method
			// of a value that is not addressable (yaegi called it on a copy).
			if (len(lind) == 0 || embeddedByValue(n.typ, lind)) && ptrRecvMethod(m) && notAddressable(n.child[0]) { // gonotes patch (s16-errwords): or promoted through embedded values
				if t := n.typ.TypeOf(); t != nil && t.Kind() != reflect.Ptr {
					return n.cfgErrorf("cannot call pointer method %s on %s", name, n.gcTypeName(n.typ)) // gonotes patch (s16-errwords): gcTypeName (Outer, not main.Outer)
				}
			}
			// Handle method with receiver.
			n.gen = getMethod
			n.val = m
			n.typ = m.typ
			n.recv = &receiver{node: n.child[0], index: lind}
		}
		return nil
	}

	if m, lind, isPtr, ok := n.typ.lookupBinMethod(name); ok {
		if len(lind) > 0 && n.typ.ambiguousMethod(name) { // gonotes patch (s12-public7)
			return n.cfgErrorf("ambiguous selector %s", exprString(n))
		}
		n.action = aGetMethod
		switch {
		case isPtr && n.typ.fieldSeq(lind).cat != ptrT:
			n.gen = getIndexSeqPtrMethod
		case isInterfaceSrc(n.typ):
			n.gen = getMethodByName
		default:
			n.gen = getIndexSeqMethod
		}
		n.recv = &receiver{node: n.child[0], index: lind}
		n.val = append([]int{m.Index}, lind...)
		if m.Func.IsValid() {
			n.typ = valueTOf(m.Type, isBinMethod(), withRecv(n.child[0].typ))
		} else {
			// gonotes patch (s15-public10a): promoted from an embedded
			// interface: no receiver parameter in m.Type.
			n.typ = valueTOf(m.Type, withRecv(n.child[0].typ))
		}
		return nil
	}

	if typ := n.typ.interfaceMethod(name); typ != nil {
		if !isInterfaceSrc(n.typ) {
			n.promote = ifaceFieldPath(n.typ, name) // gonotes patch (s11-gen)
		}
		n.typ = typ
		n.action = aGetMethod
		n.gen = getMethodByName
		return nil
	}

	if err := undefinedSelectorErr(n); err != nil { // gonotes patch (s16-errwords): go/types' words
		return err
	}
	return n.cfgErrorf("undefined selector: %s", name)
}

// hasNewDefineGTA reports whether the top-level define statement n, whose
// variables GTA declared, declares one of them (a symbol made for n itself).
// gonotes patch (s13-public8).
func hasNewDefineGTA(n *node, sc *scope) bool {
	for _, c := range n.child[:n.nleft] {
		if c.ident == "_" || c.ident == "" {
			continue
		}
		if s, _, ok := sc.lookup(c.ident); ok && s.node == n {
			return true
		}
	}
	return false
}

// hasNewDefine reports whether the define statement n declares a variable
// that its scope does not hold yet: then the others of its names that the
// scope holds are redeclared (assigned). gonotes patch (s12-public7).
func hasNewDefine(n *node, sc *scope) bool {
	for _, c := range n.child[:n.nleft] {
		if c.ident == "_" || c.ident == "" {
			continue
		}
		if _, ok := sc.sym[c.ident]; !ok {
			return true
		}
	}
	return false
}

// arrayTypeLen returns the node's array length. If the expression is an
// array variable it is determined from the value's type, otherwise it is
// computed from the source definition.
func arrayTypeLen(n *node, sc *scope) (int, error) {
	if n.typ != nil && n.typ.cat == arrayT {
		return n.typ.length, nil
	}
	max := -1
	for _, c := range n.child[1:] {
		var r int

		if c.kind != keyValueExpr {
			r = max + 1
			max = r
			continue
		}

		c0 := c.child[0]
		v := c0.rval
		if v.IsValid() {
			r = int(v.Int())
		} else {
			// Resolve array key value as a constant.
			if c0.kind == identExpr {
				// Key is defined by a symbol which must be a constant integer.
				sym, _, ok := sc.lookup(c0.ident)
				if !ok {
					return 0, c0.cfgErrorf("undefined: %s", c0.ident)
				}
				if sym.kind != constSym {
					return 0, c0.cfgErrorf("invalid array length %s", c0.ident) // gonotes patch (s16-errwords): go/types' words
				}
				r = int(vInt(sym.rval))
			} else {
				// Key is defined by a numeric constant expression.
				if _, err := c0.interp.cfg(c0, sc, sc.pkgID, sc.pkgName); err != nil {
					return 0, err
				}
				cv, ok := c0.rval.Interface().(constant.Value)
				if !ok {
					return 0, c0.cfgErrorf("non-constant expression")
				}
				r = constToInt(cv)
			}
		}

		if r > max {
			max = r
		}
	}
	return max + 1, nil
}

// untypedConstType returns the type of an untyped constant of a binary
// package (a constant.Value): the same untyped types as the constants of
// source code, so that math.Pi mixes with 0.6 as in Go. gonotes patch.
func untypedConstType(v reflect.Value, n *node) *itype {
	if !isValueUntyped(v) {
		return nil
	}
	c, ok := v.Interface().(constant.Value)
	if !ok {
		return nil
	}
	switch c.Kind() {
	case constant.Bool:
		return untypedBool(n)
	case constant.String:
		return untypedString(n)
	case constant.Int:
		return untypedInt(n)
	case constant.Float:
		return untypedFloat(n)
	case constant.Complex:
		return untypedComplex(n)
	}
	return nil
}

// isValueUntyped returns true if value is untyped.
func isValueUntyped(v reflect.Value) bool {
	// Consider only constant values.
	if v.CanSet() {
		return false
	}
	return v.Type().Implements(constVal)
}

// isArithmeticAction returns true if the node action is an arithmetic operator.
func isArithmeticAction(n *node) bool {
	switch n.action {
	case aAdd, aAnd, aAndNot, aBitNot, aMul, aNeg, aOr, aPos, aQuo, aRem, aShl, aShr, aSub, aXor:
		return true
	}
	return false
}

func isBoolAction(n *node) bool {
	switch n.action {
	case aEqual, aGreater, aGreaterEqual, aLand, aLor, aLower, aLowerEqual, aNot, aNotEqual:
		return true
	}
	return false
}

func isBlank(n *node) bool {
	if n.kind == parenExpr && len(n.child) > 0 {
		return isBlank(n.child[0])
	}
	return n.ident == "_"
}

// gonotes patch: alignof, offsetof and sizeof give gc's values (gcSizeAlign,
// gcOffsetof in unsafe.go), not those of the interpreter's runtime types.
func alignof(n *node) {
	n.gen = nop
	n.typ = n.scope.getType("uintptr")
	_, a := gcSizeAlign(n.child[1].typ)
	n.rval = reflect.ValueOf(a)
}

func offsetof(n *node) {
	n.gen = nop
	n.typ = n.scope.getType("uintptr")
	if off, err := gcOffsetof(n.child[1]); err == nil {
		n.rval = reflect.ValueOf(off)
	}
}

func sizeof(n *node) {
	n.gen = nop
	n.typ = n.scope.getType("uintptr")
	s, _ := gcSizeAlign(n.child[1].typ)
	n.rval = reflect.ValueOf(s)
}

// chainCaseExprs wires the expressions of the case clause c of an
// expression switch one after the other when one after the first needs
// evaluating (case f(1), f(2):): each is followed by a check of the tag
// against it, which goes to the clause body on a match, else to the next
// expression, the last one to the next clause (its fnext, set by the caller
// once known: the check is c.child[len-2].tnext, whose anc is c). Only the
// first was wired: the others were compared unevaluated (as zero values).
// Go evaluates them left to right, up to the first match. It reports
// whether it wired c. gonotes patch.
func chainCaseExprs(c *node) bool {
	if len(c.child) < 3 {
		return false
	}
	exprs := c.child[:len(c.child)-1]
	need := false
	for _, e := range exprs[1:] {
		if !e.rval.IsValid() && e.kind != identExpr && e.kind != basicLit {
			need = true
		}
	}
	if !need {
		return false
	}
	match := &caseMatch{clause: c}
	for i, e := range exprs {
		chk := &node{kind: c.kind, action: aNop, anc: c, interp: c.interp, scope: c.scope, pos: e.pos, index: c.index, tnext: c.tnext}
		i := i
		chk.gen = func(m *node) {
			eq := match.get()
			tnext, fnext := getExec(m.tnext), getExec(m.fnext)
			m.exec = func(f *frame) bltn {
				if eq(f, i) {
					return tnext
				}
				return fnext
			}
		}
		e.tnext = chk
		if i > 0 {
			exprs[i-1].tnext.fnext = e.start
		}
	}
	return true
}

// caseMatch makes once the comparison of the switch tag with the
// expressions of a case clause (see caseEqual). gonotes patch.
type caseMatch struct {
	clause *node
	once   sync.Once
	eq     func(*frame, int) bool
}

func (m *caseMatch) get() func(*frame, int) bool {
	m.once.Do(func() { m.eq = caseEqual(m.clause) })
	return m.eq
}

// typeUntypedShift gives a non-constant shift whose left operand is an
// untyped constant (1 << i), operand s of a binary operation, the type of
// the other operand, an integer type: the specification converts the
// constant to the type it would have if the shift were replaced by it
// alone (p & (1 << i) with p of type Perm, a uint8, is a Perm, not an int).
// The shift may stand inside an untyped arithmetic operand
// (p &^ (1<<i - 1)): that operand and the shifts in it get the type too.
// It reports whether s got the type. gonotes patch.
func typeUntypedShift(sc *scope, s, other *node) bool {
	var parens []*node
	for s.kind == parenExpr && len(s.child) > 0 {
		parens = append(parens, s)
		s = s.lastChild()
	}
	if s.kind != binaryExpr || s.rval.IsValid() || s.typ == nil || !s.typ.untyped ||
		other.typ == nil || other.typ.untyped || other.rval.IsValid() && other.typ.untyped {
		return false
	}
	t := other.typ
	rt := t.TypeOf()
	if rt == nil || !(isInt(rt) || isUint(rt)) || isInterface(t) {
		return false
	}
	if !isShiftNode(s) {
		switch s.action {
		case aAdd, aSub, aMul, aQuo, aRem, aAnd, aOr, aXor, aAndNot:
		default:
			return false
		}
		// Both operands untyped: a shift among them takes t, the other
		// (a constant) is converted where the operation reads it.
		typed0 := typeUntypedShift(sc, s.child[0], other)
		typed1 := typeUntypedShift(sc, s.child[1], other)
		if !typed0 && !typed1 {
			return false
		}
	}
	if s.findex >= 0 && s.findex < len(sc.types) && s.level == 0 {
		sc.types[s.findex] = t.frameType()
	} else if s.findex != notInFrame {
		return false
	}
	s.typ = t
	for _, p := range parens {
		p.typ = t
	}
	return true
}

// convertConstTo returns the value of the constant c of type from
// converted to the type t (gonotes patch: a float constant was converted
// through an int64, float64(a) of `const a float32 = 1.0 / 3` was 0). A
// constant of type float32 has its value rounded to it first.
func convertConstTo(c constant.Value, from *itype, t reflect.Type) reflect.Value {
	if ft := from.TypeOf(); ft != nil && !from.untyped {
		switch ft.Kind() {
		case reflect.Float32:
			f, _ := constFloat32Val(constant.ToFloat(c))
			c = constant.MakeFloat64(float64(f))
		}
	}
	switch t.Kind() {
	case reflect.Float32:
		f, _ := constFloat32Val(constant.ToFloat(c))
		return reflect.ValueOf(f).Convert(t)
	case reflect.Float64:
		f, _ := constFloat64Val(constant.ToFloat(c))
		return reflect.ValueOf(f).Convert(t)
	case reflect.Complex64, reflect.Complex128:
		r, _ := constFloat64Val(constant.ToFloat(constant.Real(c)))
		i, _ := constFloat64Val(constant.ToFloat(constant.Imag(c)))
		return reflect.ValueOf(complex(r, i)).Convert(t)
	case reflect.String:
		// gonotes patch (s11-fixa): string(1 << 100) is "\uFFFD" (the
		// check of the conversion made the constant a string).
		switch c.Kind() {
		case constant.String:
			return reflect.ValueOf(constant.StringVal(c)).Convert(t)
		case constant.Int:
			r := rune(-1)
			if i, ok := constant.Int64Val(c); ok && i >= 0 && i <= 0x10FFFF {
				r = rune(i)
			}
			return reflect.ValueOf(string(r)).Convert(t)
		}
	case reflect.Bool:
		// gonotes patch (s17-public17): an untyped boolean constant
		// (bool(1 > 0), B("a" < "b") with type B bool) was made an
		// int64, whose conversion to bool panicked at compile time.
		if c.Kind() == constant.Bool {
			return reflect.ValueOf(constant.BoolVal(c)).Convert(t)
		}
	}
	i, _ := constant.Int64Val(constant.ToInt(c))
	return reflect.ValueOf(i).Convert(t)
}

// roundConst32 returns v, the value of a constant of type t, rounded to
// float32 precision when t is float32 or complex64, as gc rounds a typed
// constant to its type: with const a float32 = 1.0 / 3, a == x holds for
// var x float32 = 1.0 / 3 (the exact value 1/3 compared with x's float32
// value did not). gonotes patch.
func roundConst32(t *itype, v reflect.Value) reflect.Value {
	if t == nil || t.untyped || !v.IsValid() {
		return v
	}
	c := vConstantValue(v)
	rt := t.TypeOf()
	if c == nil && rt != nil && rt.Kind() == reflect.Complex64 && (v.Kind() == reflect.Complex128 || v.Kind() == reflect.Complex64) {
		// gonotes patch: a complex value (complex(1.0/3, 0)), not a constant.Value.
		z := v.Complex()
		c = constant.BinaryOp(constant.MakeFloat64(real(z)), token.ADD, constant.MakeImag(constant.MakeFloat64(imag(z))))
	}
	if c == nil || rt == nil {
		return v
	}
	switch rt.Kind() {
	case reflect.Float32:
		f, _ := constFloat32Val(constant.ToFloat(c))
		return reflect.ValueOf(constant.MakeFloat64(float64(f)))
	case reflect.Complex64:
		re, _ := constFloat32Val(constant.ToFloat(constant.Real(c)))
		im, _ := constFloat32Val(constant.ToFloat(constant.Imag(c)))
		return reflect.ValueOf(constant.BinaryOp(constant.MakeFloat64(float64(re)), token.ADD, constant.MakeImag(constant.MakeFloat64(float64(im)))))
	case reflect.Float64:
		// gonotes patch (s11-fixa): and to float64 precision (const fhuge
		// float64 = 1 << 100 equals 1<<100 - 1 as a float64 constant).
		f, _ := constFloat64Val(constant.ToFloat(c))
		if math.IsInf(f, 0) {
			return v
		}
		return reflect.ValueOf(constant.MakeFloat64(f))
	case reflect.Complex128:
		re, _ := constFloat64Val(constant.ToFloat(constant.Real(c)))
		im, _ := constFloat64Val(constant.ToFloat(constant.Imag(c)))
		if math.IsInf(re, 0) || math.IsInf(im, 0) {
			return v
		}
		return reflect.ValueOf(constant.BinaryOp(constant.MakeFloat64(re), token.ADD, constant.MakeImag(constant.MakeFloat64(im))))
	}
	return v
}

// lookupSrcMethod is lookupMethod, but finds no method when one of a
// compiled type is promoted from a shallower field (shallowerBinMethod).
// gonotes patch (s11-fixa).
func (t *itype) lookupSrcMethod(name string) (*node, []int) {
	m, index := t.lookupMethod(name)
	if m != nil && shallowerBinMethod(t, name, len(index)) {
		return nil, nil
	}
	return m, index
}

// shallowerBinMethod reports whether t has a method name of a compiled
// type promoted from a shallower embedded field than the interpreted one
// found at depth (gonotes patch, s11-fixa): struct{ deep; *bytes.Buffer }
// has Buffer's String, not the String of a type deep embeds.
func shallowerBinMethod(t *itype, name string, depth int) bool {
	if depth == 0 {
		return false
	}
	_, lind, _, ok := t.lookupBinMethod(name)
	return ok && len(lind) < depth
}

// boolConstOperand gives c, an operand of == or != holding an untyped
// boolean constant (a constant.Value), the value of a bool of the type of
// other when other is not a constant (gonotes patch, s11-fixa): the
// execution compares the operands' values as interfaces, where the
// constant.Value never equals a bool, so (x < 2) != (1 > 2) was true for
// any x (a comparison's result is an untyped bool, to which the constant
// is not converted).
func boolConstOperand(c, other *node) {
	if !c.rval.IsValid() || other.rval.IsValid() {
		return
	}
	cv := vConstantValue(c.rval)
	if cv == nil || cv.Kind() != constant.Bool {
		return
	}
	t := reflect.TypeOf(true)
	if other.typ != nil {
		if ot := other.typ.TypeOf(); ot != nil && ot.Kind() == reflect.Bool {
			t = ot
		}
	}
	c.rval = reflect.ValueOf(constant.BoolVal(cv)).Convert(t)
}

// foldedConst returns v, the value of the constant expression n computed
// by constOp, as gc has it (gonotes patch, s11-fixa): a typed float
// constant is rounded to its type's precision (roundConst32), and a zero
// float is +0, since Go's constants have no negative zero (-float64(0) and
// float64(0) * -1 computed in float64 arithmetic were -0).
func foldedConst(n *node, v reflect.Value) reflect.Value {
	if !v.IsValid() || n.typ == nil || n.typ.untyped {
		return v
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if v.Float() == 0 {
			z := reflect.New(v.Type()).Elem()
			return z
		}
		return v
	case reflect.Complex64, reflect.Complex128:
		if z := v.Complex(); real(z) == 0 || imag(z) == 0 {
			r := reflect.New(v.Type()).Elem()
			r.SetComplex(complex(real(z)+0, imag(z)+0))
			return r
		}
		return v
	}
	return roundConst32(n.typ, v)
}

// isBinPkgVar reports whether n names a variable of a compiled package
// (runtime.MemProfileRate): a selector whose rval is the variable itself,
// which the code must read when it runs, not as a constant's value when it
// is compiled. gonotes patch (s10-goroot).
func isBinPkgVar(n *node) bool {
	return n.kind == selectorExpr && n.action == aGetSym && n.typ != nil && n.typ.cat == valueT && n.rval.CanSet()
}

// selectOperands returns the operands of the comm clauses of the select
// statement n in source order (each clause's channel, then the value it
// sends), with the node that holds each (its anc). gonotes patch.
func selectOperands(n *node) (ops []*node) {
	for _, c := range n.child[0].child {
		if c.kind == commClauseDefault || len(c.child) == 0 {
			continue
		}
		switch c0 := c.child[0]; {
		case c0.kind == exprStmt && len(c0.child) == 1 && c0.child[0].action == aRecv:
			ops = append(ops, c0.child[0].child[0])
		case c0.action == aAssign, c0.action == aAssignX && c0.lastChild().action == aRecv:
			ops = append(ops, c0.lastChild().child[0])
		case c0.kind == sendStmt:
			ops = append(ops, c0.child[0], c0.child[1])
		}
	}
	return ops
}

// snapshotSelectOperands makes the variables that are operands of the
// comm clauses of the select statement n read in their turn: Go evaluates
// every channel operand and value to send once, in source order, before
// selecting, but a variable (case <-ch:, case ch <- x:) was read by the
// select itself, after the operands that follow it in the source ran: a
// call (case nilch <- f():) that changed the variable changed the case.
// A variable followed by an operand that runs code is now copied, at its
// place in the chain of the operands (which it did not take part in: a
// variable has nothing to run), into a frame slot of its own, which the
// select reads (the operand's selectCopy). It is called once the chain is
// wired. gonotes patch.
func snapshotSelectOperands(n *node, sc *scope) {
	ops := selectOperands(n)
	runs := -1 // the last operand that runs code
	for i, op := range ops {
		if !op.rval.IsValid() && op.kind != identExpr && op.kind != basicLit {
			runs = i
		}
	}
	for k, op := range ops[:max(runs, 0)] {
		if op.kind != identExpr || op.rval.IsValid() || op.sym == nil || op.sym.kind != varSym || op.typ == nil || op.start != op {
			continue
		}
		// The node before op in the chain: the select's start, or the
		// previous operand (a send's channel, then its value).
		prev := &n.start
		if k > 0 {
			prev = &ops[k-1].tnext
			if cp := ops[k-1].selectCopy; cp != nil {
				prev = &cp.tnext
			}
		}
		if *prev != op {
			continue
		}
		cp := &node{kind: identExpr, action: aNop, anc: op.anc, interp: op.interp, scope: op.scope,
			pos: op.pos, index: op.index, typ: op.typ, findex: sc.add(op.typ), tnext: op.tnext}
		cp.start = cp
		*prev = cp
		op.selectCopy = cp
		src := op
		cp.gen = func(m *node) {
			value, dst := genValue(src), m.findex
			next := getExec(m.tnext)
			m.exec = func(f *frame) bltn {
				f.data[dst].Set(value(f))
				return next
			}
		}
	}
}

// mapElemPartErr returns gc's error for an assignment to a part of a map
// element (m[k].f = v, m[k][i] = v with an array element, m[k].f++): a
// map element is not addressable, and yaegi assigned to a copy (the map
// was unchanged). Only direct fields are followed (a promoted field may be
// reached through an embedded pointer). gonotes patch (s15-public10a).
func mapElemPartErr(dest *node) error {
	part := false
	for n := dest; ; {
		switch n.kind {
		case parenExpr:
			n = n.child[0]
			continue
		case selectorExpr:
			o := n.child[0]
			if o.typ == nil || !isDirectField(o.typ, n.child[1].ident) {
				return nil
			}
			n, part = o, true
			continue
		case indexExpr:
			o := n.child[0]
			if o.typ == nil {
				return nil
			}
			rt := o.typ.TypeOf()
			if rt == nil {
				return nil
			}
			switch rt.Kind() {
			case reflect.Map:
				if !part {
					return nil
				}
				if dest.kind == selectorExpr {
					return dest.cfgErrorf("cannot assign to struct field %s in map", exprString(dest))
				}
				return dest.cfgErrorf("cannot assign to %s (neither addressable nor a map index expression)", exprString(dest))
			case reflect.Array:
				n, part = o, true
				continue
			}
		case callExpr:
			// gonotes patch (s17-redecl): a field or array element of a
			// call's result (get().X = 1) is not addressable either: yaegi
			// assigned to a copy.
			if !part || n.typ == nil || n.typ.TypeOf() == nil {
				return nil
			}
			switch n.typ.TypeOf().Kind() {
			case reflect.Struct, reflect.Array:
				if x := gcExpr(dest); x != "" {
					return dest.cfgErrorf("cannot assign to %s (neither addressable nor a map index expression)", x)
				}
			}
		}
		return nil
	}
}

// isDirectField reports whether t is a struct type (not a pointer) with a
// field name of its own, not promoted. gonotes patch (s15-public10a).
func isDirectField(t *itype, name string) bool {
	for t.cat == linkedT && t.val != nil {
		t = t.val
	}
	switch t.cat {
	case structT:
		if t.fieldIndex(name) >= 0 {
			return true
		}
		// gonotes patch (s16-errwords): a field promoted from embedded
		// structs held by value is part of the value too.
		seq := t.lookupField(name)
		return len(seq) > 1 && embeddedByValue(t, seq[:len(seq)-1])
	case valueT:
		rt := t.TypeOf()
		if rt == nil || rt.Kind() != reflect.Struct {
			return false
		}
		f, ok := rt.FieldByName(name)
		if !ok {
			return false
		}
		// gonotes patch (s16-errwords): promoted through embedded values.
		for i := 1; i < len(f.Index); i++ {
			if rt.FieldByIndex(f.Index[:i]).Type.Kind() == reflect.Ptr {
				return false
			}
		}
		return true
	}
	return false
}

// embeddedByValue reports whether the embedded fields of path seq from the
// struct type t are all held by value (no pointer on the way), so that a
// field or method promoted through them belongs to t's value. gonotes
// patch (s16-errwords).
func embeddedByValue(t *itype, seq []int) bool {
	ft := t
	for _, i := range seq {
		for ft.cat == linkedT && ft.val != nil {
			ft = ft.val
		}
		if ft.cat != structT || i >= len(ft.field) {
			return false
		}
		ft = ft.field[i].typ
		if ft == nil || ft.cat == ptrT {
			return false
		}
		if rt := ft.TypeOf(); rt == nil || rt.Kind() == reflect.Ptr {
			return false
		}
	}
	return true
}

// notAddressable reports whether the operand n is surely not addressable:
// a call's result (or a conversion's), a composite literal, a literal, a
// map element. gonotes patch (s15-public10a).
func notAddressable(n *node) bool {
	for n.kind == parenExpr && len(n.child) == 1 {
		n = n.child[0]
	}
	switch n.kind {
	case callExpr, compositeLitExpr, basicLit:
		return true
	case indexExpr:
		t := n.child[0].typ
		if t == nil {
			return false
		}
		rt := t.TypeOf()
		return rt != nil && rt.Kind() == reflect.Map
	}
	return false
}

// floatShiftErr returns gc's error for a non-constant shift of an untyped
// constant given to a variable of a floating-point or complex type (var f
// float64 = 1 << s): the constant takes the type the context gives it, and
// a float cannot be shifted. Yaegi shifted an int and converted the result.
// Only the direct assignment is checked. gonotes patch (s15-public10a).
func floatShiftErr(n, dest, src *node, atyp *itype) error {
	if src.action != aShl && src.action != aShr || len(src.child) != 2 || src.rval.IsValid() {
		return nil
	}
	c0 := src.child[0]
	if c0.typ == nil || !c0.typ.untyped || !c0.rval.IsValid() {
		return nil
	}
	t := atyp
	if t == nil && n.kind == assignStmt && n.action == aAssign {
		t = dest.typ
	}
	// gonotes patch (s19-errwords19): x := 1.0 << s, the constant of its
	// default type, a float64 (the shift panicked at run time).
	if t == nil && n.kind == defineStmt {
		if rt := c0.typ.TypeOf(); rt != nil && (isFloat(rt) || isComplex(rt)) {
			name := "float64"
			if isComplex(rt) {
				name = "complex128"
			}
			return src.cfgErrorf("invalid operation: shifted operand %s (type %s) must be integer", exprString(c0), name)
		}
	}
	if t == nil || t.untyped {
		return nil
	}
	if rt := t.TypeOf(); rt != nil && (isFloat(rt) || isComplex(rt)) {
		return src.cfgErrorf("invalid operation: shifted operand %s (type %s) must be integer", exprString(c0), n.tname(t))
	}
	return nil
}

// unusedBuiltinResult returns gc's error for a call of a builtin function
// that has a result (append, len, make...) used as a statement in a
// function: yaegi ran `append(s, 2)` and dropped the result. At a cell's
// top level such a statement shows its value, as in a notebook, if it is
// the cell's final expression (SetStatementsInBody). gonotes patch
// (s15-public10a).
func unusedBuiltinResult(n *node, bname string) error {
	switch bname {
	case bltnAppend, bltnCap, bltnComplex, bltnImag, bltnLen, bltnMake, bltnNew, bltnReal, bltnMin, bltnMax:
	default:
		return nil
	}
	if n.anc == nil || n.anc.kind != exprStmt {
		return nil
	}
	if !inBody(n) { // gonotes patch (s18-public18): or statements standing for a body
		return nil
	}
	args := make([]string, 0, len(n.child)-1)
	for _, c := range n.child[1:] {
		a := exprString(c)
		if c.typ != nil && c.isType(n.scope) && a == "expression" {
			a = n.tname(c.typ)
		}
		args = append(args, a)
	}
	call := bname + "(" + strings.Join(args, ", ") + ")"
	if strings.Contains(call, "expression") {
		call = bname + "(...)"
	}
	if n.typ == nil || n.typ.cat == builtinT {
		return n.cfgErrorf("%s is not used", call)
	}
	return n.cfgErrorf("%s (value of type %s) is not used", call, n.tname(n.typ))
}

// predefineLabels defines in sc the labels of the statements stmts (of a
// block, or of a case or select clause), so that a goto, break or continue
// met before a label's statement, or inside it, finds it. A label of a
// clause was defined only when a goto met it first, without its statement:
// "invalid break label" for a labeled loop in a case, a panic for a goto to
// a label in a case. gonotes patch (s15-public10a).
func predefineLabels(sc *scope, stmts []*node) {
	for _, c := range stmts {
		if c.kind != labeledStmt {
			continue
		}
		label := labelKey(c.child[0].ident)
		sym := &symbol{kind: labelSym, node: c, index: -1}
		sc.sym[label] = sym
		c.sym = sym
	}
}

// rangeSkipsOperand reports whether the range statement n does not
// evaluate its operand, as the specification says: at most one iteration
// variable is present (for i, _ := range has two), and the operand is an array whose length is constant
// (no call or receive in it). Evaluating it could panic where Go does not
// (for i := range *p, with p a nil pointer to an array). gonotes patch.
func rangeSkipsOperand(n *node) bool {
	if len(n.child) != 3 {
		return false // for i, v := range (for i, _ := range too)
	}
	// An array or a pointer to an array (testdata.a with testdata a nil
	// pointer to a struct: not evaluated, so no panic). gonotes patch
	// (s15-public10a).
	return arrayLenIsConst(n.child[1])
}

// expandTupleArg gives the builtin call n whose only argument is a call of
// several results (print(f()), complex(f()), append(f())) those results as
// its arguments, as Go does: nodes that read the frame slots where the
// call puts them (the first result at the call's own slot, the others in
// the slots that follow it). Only the first was passed (print printed it
// alone; complex and append failed to compile). gonotes patch.
func expandTupleArg(n *node) {
	if len(n.child) != 2 || n.action == aCallSlice {
		return
	}
	c := n.child[1]
	if c.kind != callExpr || len(c.child) == 0 || c.child[0].typ == nil || c.findex < 0 || c.findex == notInFrame {
		return
	}
	ft := c.child[0].typ
	k := ft.numOut()
	if k < 2 {
		return
	}
	for i := 1; i < k; i++ {
		t := ft.out(i)
		if t == nil {
			return
		}
		r := &node{kind: identExpr, action: aNop, gen: nop, anc: n, interp: n.interp, scope: n.scope,
			pos: c.pos, index: c.index, typ: t, findex: c.findex + i, level: c.level}
		r.start = r
		n.child = append(n.child, r)
	}
}

// noCode returns the exec of a node that its generator made no code for:
// it panics with what the node is and where. gonotes patch (s15-lead).
func noCode(n *node) bltn {
	where := ""
	if n.interp != nil && n.interp.fset != nil {
		where = n.interp.fset.Position(n.pos).String() + ": "
	}
	typ := "none"
	if n.typ != nil {
		typ = n.typ.id()
	}
	msg := fmt.Sprintf("%sinternal error of the interpreter: no code for %s (%s) of type %s", where, kinds[n.kind], actions[n.action], typ)
	return func(f *frame) bltn { panic(msg) }
}

// basicKindMismatch reports whether t, a typed operand, and the type
// typ are of two different basic kinds (int and float64). gonotes patch
// (s17-redecl).
func basicKindMismatch(t, typ *itype) bool {
	if t == nil || typ == nil || t.untyped {
		return false
	}
	rt, rd := t.TypeOf(), typ.TypeOf()
	if rt == nil || rd == nil {
		return false
	}
	basic := func(k reflect.Kind) bool {
		return k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String
	}
	return basic(rt.Kind()) && basic(rd.Kind()) && rt.Kind() != rd.Kind()
}
