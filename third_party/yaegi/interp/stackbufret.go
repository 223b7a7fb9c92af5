package interp

// gonotes patch (s18-misc18): gc's stack buffer for a slice whose only
// escape is one return or assignment (see PATCHES.md, "A local slice whose
// only escape is its return").
//
// Since Go 1.26, gc (cmd/compile/internal/slice) finds the slice variables
// of a function whose every use it understands (s = nil, s = []T{...},
// s = s[i:j], s = append(s, x), s[i], len(s), cap(s), range s) but one,
// the transition: return s (or a bare return of a named result s) or
// x = s, not in a loop deeper than the declaration of s. When its appends
// weigh at least 2 (one each, plus one per loop they are in), gc moves s
// to the heap just before the transition if s is then in the stack frame,
// and its appends use a 32-byte stack buffer:
//   - if the function reads cap(s) (or reslices s, or assigns s a
//     literal), every append that grows s within the buffer gives it the
//     capacity of its length's size class (growsliceBuf), and the move
//     keeps the capacity;
//   - else the first append gives s the whole buffer (as an append to a
//     slice that does not escape), and the move gives s the capacity of its
//     length's size class (moveSliceNoCap): 3 ints returned have cap 3
//     where the heap's growth gives 4.
//
// The interpreter finds such variables on the syntax (a use it is not sure
// gc understands makes it leave the variable alone, as gc does), marks
// their appends (stackBuf.mode) and the transition (node.stackMove), and
// models both on its heap slices.

import (
	"go/ast"
	"go/token"
	"reflect"
)

// Modes of a stackBuf.
const (
	stackBufFirst = iota // the first append gives the whole buffer
	stackBufGrow         // each append grows within the buffer by size class
)

// stackBufRet is an append of a slice variable whose only escape is its
// transition.
type stackBufRet struct {
	mode int
	name string // the variable, whose buffer the transition looks up (mode stackBufFirst)
}

// stackMove is the move to the heap of the slice variable name before
// the statement that makes it escape (mode stackBufFirst).
type stackMove struct {
	name    string
	index   int // frame slot of the variable
	bufSlot int // frame slot of the buffer the first append gave
	size    int // element size
}

// stackBufKey names the buffer slot of a variable of a function.
type stackBufKey struct {
	def  *node
	name string
}

// sizeClassCap returns the capacity of n elements of size bytes rounded
// up to the runtime's size class (n*size <= 32: multiples of 8).
func sizeClassCap(n, size int) int {
	if n <= 0 || size <= 0 {
		return n
	}
	return (n*size + 7) / 8 * 8 / size
}

// grow returns s, or a copy of s with room for n more elements, with
// capacity of the size class of its new length, if gc's growsliceBuf would
// keep it in the stack buffer.
func (sb *stackBuf) grow(s reflect.Value, n int) (reflect.Value, bool) {
	l := s.Len() + n
	if l <= s.Cap() || l > sb.k {
		return s, false
	}
	c := sizeClassCap(l, sb.size)
	if c < l {
		return s, false
	}
	ns := reflect.MakeSlice(s.Type(), s.Len(), c)
	reflect.Copy(ns, s)
	return ns, true
}

// move moves the variable to the heap if it is in the buffer, as gc's
// moveSliceNoCap: the capacity of its length's size class.
func (m *stackMove) move(f *frame) {
	if m.index >= len(f.data) || m.bufSlot >= len(f.data) {
		return
	}
	v, buf := f.data[m.index], f.data[m.bufSlot]
	if v.Kind() != reflect.Slice || buf.Kind() != reflect.Slice || buf.Cap() == 0 || v.Cap() == 0 || !v.CanSet() {
		return
	}
	p, b := v.Pointer(), buf.Pointer()
	if p < b || p > b+uintptr(buf.Cap()*m.size) {
		return
	}
	l := v.Len()
	c := sizeClassCap(l, m.size)
	if v.CanAddr() {
		switch p := v.Addr().Interface().(type) { // the common slices without reflect's allocations
		case *[]int:
			*p = moveTo(*p, c)
			return
		case *[]string:
			*p = moveTo(*p, c)
			return
		case *[]float64:
			*p = moveTo(*p, c)
			return
		case *[]byte:
			*p = moveTo(*p, c)
			return
		}
	}
	ns := reflect.MakeSlice(v.Type(), l, c)
	reflect.Copy(ns, v)
	v.Set(ns)
}

// moveTo returns a copy of s of capacity c.
func moveTo[T any](s []T, c int) []T {
	ns := make([]T, len(s), c)
	copy(ns, s)
	return ns
}

// newBuf returns an empty slice of the type of s and capacity k.
func newBuf(s reflect.Value, k int) reflect.Value {
	if s.CanAddr() {
		switch s.Addr().Interface().(type) { // the common slices without reflect's allocations
		case *[]int:
			return reflect.ValueOf(make([]int, 0, k))
		case *[]string:
			return reflect.ValueOf(make([]string, 0, k))
		case *[]float64:
			return reflect.ValueOf(make([]float64, 0, k))
		case *[]byte:
			return reflect.ValueOf(make([]byte, 0, k))
		}
	}
	return reflect.MakeSlice(s.Type(), 0, k)
}

// stackMoveExec returns exec preceded by the move of m (a bare return
// has no exec: the move ends the function's code).
func stackMoveExec(m *stackMove, exec bltn) bltn {
	if exec == nil {
		return func(f *frame) bltn {
			m.move(f)
			return nil
		}
	}
	return func(f *frame) bltn {
		m.move(f)
		return exec(f)
	}
}

// stackBufElemSize returns the size of t's values as gc lays them out, or
// 0 (see stackBufCap).
func stackBufElemSize(t *itype) int {
	k := stackBufCap(t)
	if k == 0 {
		return 0
	}
	if t.cat == interfaceT {
		return 16
	}
	return int(t.TypeOf().Size())
}

// stackBufReturnedUnit adds to calls and moves those of the function of
// type ft and body body (see the file's comment).
func stackBufReturnedUnit(ft *ast.FuncType, body *ast.BlockStmt, calls map[*ast.CallExpr]stackBufRet, moves map[ast.Node]string) {
	if ft == nil || body == nil {
		return
	}
	params := map[string]bool{} // name -> is a result
	for _, fl := range []*ast.FieldList{ft.Params, ft.Results} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			for _, id := range f.Names {
				params[id.Name] = fl == ft.Results
			}
		}
	}
	type occ struct {
		id    *ast.Ident
		stack []ast.Node
	}
	occs := map[string][]occ{}
	type bare struct {
		ret   *ast.ReturnStmt
		stack []ast.Node
	}
	var naked []bare // bare returns
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		switch n := n.(type) {
		case *ast.Ident:
			if n.Name != "_" {
				occs[n.Name] = append(occs[n.Name], occ{n, append([]ast.Node(nil), stack...)})
			}
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				naked = append(naked, bare{n, append([]ast.Node(nil), stack...)})
			}
		}
		stack = append(stack, n)
		return true
	})
	depth := func(stack []ast.Node) (d int, inLit bool) {
		for _, a := range stack {
			switch a.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				d++
			case *ast.FuncLit:
				inLit = true
			}
		}
		return d, inLit
	}
	for name, list := range occs {
		isResult, isParam := params[name]
		var decl *ast.Ident
		var scope ast.Node
		declDepth, weight := 0, 0
		capUsed := false
		var appends []*ast.CallExpr
		var firstPost bool
		var trans ast.Node
		ntrans, transDepth := 0, 0
		ok := true
		for _, o := range list {
			parent := o.stack[len(o.stack)-1]
			if sel, isSel := parent.(*ast.SelectorExpr); isSel && sel.Sel == o.id {
				continue
			}
			d, inLit := depth(o.stack)
			if inLit {
				ok = false
				break
			}
			if isStackBufDecl(o.id, parent) {
				if decl != nil || isParam {
					ok = false
					break
				}
				decl, scope, declDepth = o.id, stackBufScope(o.stack), d
				switch init := declValue(o.id, parent); {
				case init == nil:
				case isNilIdent(init):
				default:
					if _, lit := init.(*ast.CompositeLit); !lit {
						ok = false
					}
					capUsed = true
				}
				if !ok {
					break
				}
				continue
			}
			if !isParam && (decl == nil || o.id.Pos() < decl.Pos() || scope == nil || o.id.Pos() >= scope.End()) {
				ok = false
				break
			}
			u, call := stackBufRetUse(o.id, o.stack)
			switch u {
			case retUseOK:
			case retUseCap:
				capUsed = true
			case retUseAppend:
				if call.Ellipsis != token.NoPos {
					ok = false
					break
				}
				if len(appends) == 0 || call.Pos() < appends[0].Pos() {
					firstPost = inForPost(call, o.stack)
					appends = append([]*ast.CallExpr{call}, appends...)
				} else {
					appends = append(appends, call)
				}
				weight += 1 + d
			case retUseTransition:
				ntrans++
				trans, transDepth = parent, d
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if !ok || (!isParam && decl == nil) || len(appends) == 0 {
			continue
		}
		if isParam && isResult {
			for _, o := range naked {
				if d, inLit := depth(o.stack); !inLit {
					ntrans++
					trans, transDepth = o.ret, d
				}
			}
		}
		weight -= len(appends) * declDepth
		if ntrans != 1 || trans == nil || transDepth > declDepth || weight < 2 {
			continue
		}
		if capUsed {
			for _, c := range appends {
				calls[c] = stackBufRet{mode: stackBufGrow}
			}
			continue
		}
		if firstPost {
			continue
		}
		calls[appends[0]] = stackBufRet{mode: stackBufFirst, name: name}
		moves[trans] = name
	}
}

// declValue returns the initial value of id, declared by parent, or nil.
func declValue(id *ast.Ident, parent ast.Node) ast.Expr {
	switch p := parent.(type) {
	case *ast.ValueSpec:
		for i, n := range p.Names {
			if n == id && i < len(p.Values) {
				return p.Values[i]
			}
		}
	case *ast.AssignStmt:
		for i, n := range p.Lhs {
			if n == id && i < len(p.Rhs) {
				return p.Rhs[i]
			}
		}
	}
	return nil
}

// isNilIdent reports whether e is the identifier nil.
func isNilIdent(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "nil"
}

// Kinds of use of a slice variable, for stackBufRetUse.
const (
	retUseOther      = iota // a use gc's slice pass does not understand
	retUseOK                // a use that keeps s exclusive
	retUseCap               // such a use that reads s's capacity
	retUseAppend            // the append of s = append(s, x)
	retUseTransition        // return s, x = s
)

// stackBufRetUse classifies the occurrence id (ancestors stack) of a
// slice variable; for an append, it returns the call.
func stackBufRetUse(id *ast.Ident, stack []ast.Node) (int, *ast.CallExpr) {
	parent := stack[len(stack)-1]
	var grand ast.Node
	if len(stack) >= 2 {
		grand = stack[len(stack)-2]
	}
	// sameLHS reports whether as assigns rhs to a variable named id.Name.
	sameLHS := func(as *ast.AssignStmt, rhs ast.Expr) bool {
		if as == nil || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return false
		}
		for i, r := range as.Rhs {
			if r == rhs {
				lhs, _ := as.Lhs[i].(*ast.Ident)
				return lhs != nil && lhs.Name == id.Name
			}
		}
		return false
	}
	switch p := parent.(type) {
	case *ast.CallExpr:
		fn, _ := p.Fun.(*ast.Ident)
		if fn == nil || len(p.Args) == 0 || p.Args[0] != id {
			return retUseOther, nil
		}
		switch fn.Name {
		case "len":
			if len(p.Args) == 1 {
				return retUseOK, nil
			}
		case "cap":
			if len(p.Args) == 1 && !inAppendArgs(id.Name, stack) {
				return retUseCap, nil
			}
		case "append":
			if as, _ := grand.(*ast.AssignStmt); len(p.Args) >= 2 && sameLHS(as, p) {
				return retUseAppend, p
			}
		}
	case *ast.AssignStmt:
		if len(p.Lhs) != len(p.Rhs) {
			return retUseOther, nil
		}
		for i, r := range p.Rhs {
			if r == id {
				if lhs, _ := p.Lhs[i].(*ast.Ident); lhs != nil && lhs.Name == id.Name {
					return retUseOther, nil
				}
				return retUseTransition, nil
			}
		}
		if p.Tok != token.ASSIGN {
			return retUseOther, nil
		}
		for i, l := range p.Lhs {
			if l != id {
				continue
			}
			switch r := p.Rhs[i].(type) {
			case *ast.Ident:
				if r.Name == "nil" {
					return retUseOK, nil
				}
			case *ast.CompositeLit:
				return retUseCap, nil
			case *ast.SliceExpr:
				if x, _ := r.X.(*ast.Ident); x != nil && x.Name == id.Name {
					return retUseCap, nil
				}
			case *ast.CallExpr:
				fn, _ := r.Fun.(*ast.Ident)
				if arg, _ := firstArg(r).(*ast.Ident); fn != nil && fn.Name == "append" && arg != nil && arg.Name == id.Name {
					return retUseOK, nil // the append counts at its argument
				}
			}
		}
	case *ast.IndexExpr:
		if p.X != id {
			return retUseOther, nil
		}
		switch g := grand.(type) {
		case *ast.UnaryExpr:
			if g.Op == token.AND {
				return retUseOther, nil
			}
		case *ast.SelectorExpr, *ast.SliceExpr, *ast.IndexExpr, *ast.ParenExpr, *ast.StarExpr:
			return retUseOther, nil
		case *ast.CallExpr:
			if g.Fun == p {
				return retUseOther, nil
			}
		}
		return retUseOK, nil
	case *ast.RangeStmt:
		if p.X == id {
			return retUseOK, nil
		}
	case *ast.SliceExpr:
		if as, _ := grand.(*ast.AssignStmt); p.X == id && sameLHS(as, p) {
			return retUseOK, nil // counted as capUsed at the left side
		}
	case *ast.ReturnStmt:
		for _, r := range p.Results {
			if r == id {
				return retUseTransition, nil
			}
		}
	}
	return retUseOther, nil
}

// firstArg returns the first argument of c, or nil.
func firstArg(c *ast.CallExpr) ast.Expr {
	if len(c.Args) == 0 {
		return nil
	}
	return c.Args[0]
}

// resolveStackMove finds the frame slots of the move of n, a transition,
// or drops the move if the variable's first append has no buffer.
func resolveStackMove(interp *Interpreter, sc *scope, n *node) {
	m := n.stackMove
	n.stackMove = nil
	sym, level, ok := sc.lookup(m.name)
	if !ok || level != 0 || sym.kind != varSym || sym.typ == nil {
		return
	}
	slot, ok := interp.stackBufSlots.Load(stackBufKey{sc.def, m.name})
	if !ok {
		return
	}
	size := stackBufElemSize(sliceElem(sym.typ))
	if size == 0 {
		return
	}
	m.index, m.bufSlot, m.size = sym.index, slot.(int), size
	n.stackMove = m
}
