package interp

// gonotes patch (s17-misc17): gc's stack buffer for the first append to a
// slice that does not escape (see PATCHES.md, "The first append to a local
// slice that does not escape").
//
// Since Go 1.25, gc compiles the first statement s = append(s, x...) of a
// function (first in source order, a fixed number of elements) for a slice
// that escape analysis keeps on the stack with a 32-byte buffer: when the
// append must grow s, s is empty, the new length fits in the buffer and the
// buffer was not used yet by this call of the function, s gets the buffer,
// whose capacity is 32 bytes' worth of elements (4 ints, 32 bytes), where a
// slice that escapes grows to 1 int (the runtime's growth). Programs that
// print cap see it. The interpreter cannot know gc's escape analysis; it
// gives the buffer's capacity only to the variables it can prove do not
// escape: declared in the function's body, every use len(s), cap(s), s[i]
// (read or written, not addressed, sliced or used as a method receiver),
// range s, s = nil, s = s[i:j], or such an append assigned back to s, and
// no use in a func literal. Any other slice grows as it always did, as gc's escaping ones.

import (
	"go/ast"
	"go/token"
	"reflect"
	"sync"
)

// stackBufBytes is gc's stack buffer size (base.Debug.VariableMakeThreshold).
const stackBufBytes = 32

// stackBuf is an append call that may give its slice gc's stack buffer.
type stackBuf struct {
	slot int    // frame slot of the "buffer used" bool (per call of the function), or of the buffer (name set)
	k    int    // buffer capacity, in elements
	mode int    // gonotes patch (s18-misc18): stackBufFirst or stackBufGrow (stackbufret.go)
	name string // gonotes patch (s18-misc18): the variable whose transition moves it (stackbufret.go)
	size int    // gonotes patch (s18-misc18): element size (stackbufret.go)
}

// slice returns s, or an empty slice of capacity sb.k if gc would give s
// its stack buffer for an append of n elements (see the file's comment).
func (sb *stackBuf) slice(f *frame, s reflect.Value, n int) reflect.Value {
	s, _ = sb.take(f, s, n)
	return s
}

// take is slice, and reports whether it returns another slice than s
// (gonotes patch, s18-misc18).
func (sb *stackBuf) take(f *frame, s reflect.Value, n int) (reflect.Value, bool) {
	if sb != nil && sb.mode == stackBufGrow { // gonotes patch (s18-misc18): stackbufret.go
		return sb.grow(s, n)
	}
	if sb == nil || s.Len() != 0 || s.Cap() >= n || n > sb.k || sb.slot >= len(f.data) {
		return s, false
	}
	used := f.data[sb.slot]
	if used.Kind() == reflect.Slice { // gonotes patch (s18-misc18): the buffer, kept for the move (stackbufret.go)
		if used.Cap() > 0 || !used.CanSet() || used.Type() != s.Type() {
			return s, false
		}
		buf := newBuf(s, sb.k)
		used.Set(buf)
		return buf, true
	}
	if !used.IsValid() || used.Kind() != reflect.Bool || !used.CanSet() || used.Bool() {
		return s, false
	}
	used.SetBool(true)
	return reflect.MakeSlice(s.Type(), 0, sb.k), true
}

// stackBufCap returns the capacity of gc's stack buffer for a slice of
// element type t, or 0 when gc uses none or the interpreter's
// representation of t has not gc's size.
func stackBufCap(t *itype) int {
	if t == nil {
		return 0
	}
	var size int64
	if t.cat == interfaceT {
		size = 16
	} else {
		rt := t.TypeOf()
		if rt == nil || !gcLayout(rt, 0) {
			return 0
		}
		size = int64(rt.Size())
	}
	if size <= 0 || size > stackBufBytes {
		return 0
	}
	return int(stackBufBytes / size)
}

// sliceElem returns the element type of the slice type t, or nil.
func sliceElem(t *itype) *itype {
	for t != nil && t.cat == linkedT {
		t = t.val
	}
	if t == nil {
		return nil
	}
	if rt := t.TypeOf(); rt == nil || rt.Kind() != reflect.Slice {
		return nil
	}
	switch t.cat {
	case sliceT, valueT:
		return t.elem()
	}
	return nil
}

// gcLayout reports whether values of type t have the layout gc gives the
// source type: false for the interpreter's own representations (an
// interface value of a source interface type, valueInterface).
func gcLayout(t reflect.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t.Kind() {
	case reflect.Array:
		return gcLayout(t.Elem(), depth+1)
	case reflect.Struct:
		if t == valueInterfaceType {
			return false
		}
		for i := 0; i < t.NumField(); i++ {
			if !gcLayout(t.Field(i).Type, depth+1) {
				return false
			}
		}
	}
	return true
}

// stackBufSites returns the append calls of f (a file or the statements
// of a cell) that may give their slice gc's stack buffer: for each
// function body (and the cell's statements, main's body in a notebook),
// the first in source order of each local slice variable that does not
// escape (see the file's comment).
//
// gonotes patch (s18-misc18): it returns too the appends and the
// transitions of the slices whose only escape is their transition
// (stackbufret.go).
//
// gonotes patch (s19-lead): cell names the variables of a cell's
// statements declared elsewhere (SetCellSliceVars).
//
// gonotes patch (s19-lead): noLeak holds, by name, which parameters of the
// funcs compiled so far do not leak (paramsNoLeak); those of f's funcs are
// added first.
func stackBufSites(f ast.Node, cell *cellSliceVars, noLeak *sync.Map) (map[*ast.CallExpr]bool, map[*ast.CallExpr]stackBufRet, map[ast.Node]string) {
	sites := map[*ast.CallExpr]bool{}
	calls := map[*ast.CallExpr]stackBufRet{}
	moves := map[ast.Node]string{}
	pkg := "main" // a cell's statements
	if file, ok := f.(*ast.File); ok && file.Name != nil {
		pkg = file.Name.Name
	}
	leaks := unshadowed(noLeakOf(noLeak, pkg), localNames(f)) // gonotes patch (s20-escape20): unshadowed
	if file, ok := f.(*ast.File); ok && noLeak != nil {       // gonotes patch (s19-lead)
		for _, d := range file.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR { // gonotes patch (s20-escape20): a variable replaces a func of its name (a notebook's cells)
				for _, sp := range g.Specs {
					for _, id := range sp.(*ast.ValueSpec).Names {
						noLeak.Delete(pkg + "." + id.Name)
					}
				}
			}
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Body != nil && fd.Type.TypeParams == nil {
				noLeak.Store(pkg+"."+fd.Name.Name, paramsNoLeak(fd, leaks))
			}
		}
	}
	if b, ok := f.(*ast.BlockStmt); ok {
		if noLeak != nil { // gonotes patch (s20-escape20): a cell's variable replaces a func of its name
			for name := range topLevelNames(b) {
				noLeak.Delete(pkg + "." + name)
			}
		}
		stackBufUnitOf(b, sites, cell, nil, leaks, nil)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				stackBufUnitOf(n.Body, sites, nil, nil, leaks, nil)
				stackBufReturnedUnit(n.Type, n.Body, calls, moves)
			}
		case *ast.FuncLit:
			stackBufUnitOf(n.Body, sites, nil, nil, leaks, nil)
			stackBufReturnedUnit(n.Type, n.Body, calls, moves)
		}
		return true
	})
	return sites, calls, moves
}

// cellSliceVars are the variables that a cell's statements use and that
// the cell declares elsewhere (gonotes patch, s19-lead): see
// SetCellSliceVars.
type cellSliceVars struct {
	before map[string]bool // declared by the cell before the statements, used by no other part of it
	shared map[string]bool // used by other parts of the cell too
	safe   map[string]bool // gonotes patch (s20-escape20): the cell's variables that stay on the stack (SetCellSafeVars)
}

// SetCellSafeVars tells the compilation of the statements that follow,
// after SetCellSliceVars, which variables of the cell stay on the stack as
// gc finds, from all their uses in the cell (StackBufCellVars): a slice
// given to a func that returns it (kept := keep(s)) keeps the buffer if
// kept stays there, whichever part of the cell uses kept. gonotes patch
// (s20-escape20).
func (interp *Interpreter) SetCellSafeVars(safe map[string]bool) {
	if len(safe) == 0 {
		if interp.cellSlices != nil {
			interp.cellSlices.safe = nil
		}
		return
	}
	if interp.cellSlices == nil {
		interp.cellSlices = &cellSliceVars{}
	}
	interp.cellSlices.safe = safe
}

// SetCellSliceVars tells the compilation of the statements that follow
// (a cell's statements, compiled as a block, main's body in a notebook)
// which of their variables the cell declares before them and uses
// nowhere else (before), and which the cell uses in other parts too
// (shared): gc's stack buffer of a local slice (stackbuf.go) is then
// given to the first, as gc gives it to main's locals, and refused to the
// second, whose other uses the block cannot see. nil, nil (the default)
// gives it only to variables declared in the block. gonotes patch
// (s19-lead).
func (interp *Interpreter) SetCellSliceVars(before, shared map[string]bool) {
	if before == nil && shared == nil {
		interp.cellSlices = nil
		return
	}
	interp.cellSlices = &cellSliceVars{before: before, shared: shared}
}

// stackBufUnit adds to sites those of the function body body.
func stackBufUnit(body *ast.BlockStmt, sites map[*ast.CallExpr]bool) {
	stackBufUnitOf(body, sites, nil, nil, nil, nil)
}

// noLeakFunc reports whether argument i of a call of the func named name
// does not leak (its backing array stays with the caller, as gc's escape
// analysis finds). gonotes patch (s19-lead).
//
// gonotes patch (s20-escape20): it returns a paramLeaks, paramNoLeak or
// paramToResult, for a call at at.
type noLeakFunc func(name string, i int, at token.Pos) int

// What a func does with an argument, as gc's escape analysis finds
// (gonotes patch, s20-escape20): its value leaks (to the heap, or to
// somewhere the interpreter does not follow), does not leak (a slice only
// read or appended to, a func only called), or leaks to the func's only
// result only (return xs, return xs[i:j]: "leaking param: xs to result").
const (
	paramLeaks = iota
	paramNoLeak
	paramToResult
)

// noLeakOf returns the noLeakFunc of the funcs of package pkg recorded in
// m (by "pkg.name").
func noLeakOf(m *sync.Map, pkg string) noLeakFunc {
	if m == nil {
		return nil
	}
	return func(name string, i int, _ token.Pos) int {
		v, ok := m.Load(pkg + "." + name)
		if !ok {
			return paramLeaks
		}
		params := v.([]int)
		if i < 0 || i >= len(params) {
			return paramLeaks
		}
		return params[i]
	}
}

// localNames returns the names that n declares inside funcs (parameters,
// results, variables; a cell's statements are a func body), each with the
// spans of source where the declaration holds: a call there of such a
// name is not of the package's func of that name, whose parameters noLeak
// describes. gonotes patch (s20-escape20).
func localNames(n ast.Node) map[string][]posSpan {
	names := map[string][]posSpan{}
	add := func(id *ast.Ident, to token.Pos) {
		if id != nil && id.Name != "_" {
			names[id.Name] = append(names[id.Name], posSpan{id.Pos(), to})
		}
	}
	fields := func(fl *ast.FieldList, body *ast.BlockStmt) {
		if fl == nil || body == nil {
			return
		}
		for _, f := range fl.List {
			for _, id := range f.Names {
				names[id.Name] = append(names[id.Name], posSpan{body.Pos(), body.End()})
			}
		}
	}
	var stack []ast.Node
	ast.Inspect(n, func(m ast.Node) bool {
		if m == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		end := n.End() // a cell's statements: to their end
		if sc := stackBufScope(stack); sc != nil {
			end = sc.End()
		}
		switch m := m.(type) {
		case *ast.FuncDecl:
			fields(m.Recv, m.Body)
			fields(m.Type.Params, m.Body)
			fields(m.Type.Results, m.Body)
		case *ast.FuncLit:
			fields(m.Type.Params, m.Body)
			fields(m.Type.Results, m.Body)
		case *ast.GenDecl:
			if _, top := n.(*ast.File); top && len(stack) == 1 {
				return false // the package's declarations
			}
		case *ast.ValueSpec:
			for _, id := range m.Names {
				add(id, end)
			}
		case *ast.AssignStmt:
			if m.Tok == token.DEFINE {
				for _, l := range m.Lhs {
					id, _ := l.(*ast.Ident)
					add(id, end)
				}
			}
		case *ast.RangeStmt:
			if m.Tok == token.DEFINE {
				for _, e := range []ast.Expr{m.Key, m.Value} {
					id, _ := e.(*ast.Ident)
					add(id, m.End())
				}
			}
		}
		stack = append(stack, m)
		return true
	})
	return names
}

// topLevelNames returns the names that the statements of b declare at
// their top level (a notebook cell's variables). gonotes patch
// (s20-escape20).
func topLevelNames(b *ast.BlockStmt) map[string]bool {
	names := map[string]bool{}
	for _, st := range b.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						names[id.Name] = true
					}
				}
			}
		case *ast.DeclStmt:
			if g, ok := st.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, sp := range g.Specs {
					for _, id := range sp.(*ast.ValueSpec).Names {
						names[id.Name] = true
					}
				}
			}
		}
	}
	return names
}

// posSpan is a span of source positions, from included, to excluded.
type posSpan struct{ from, to token.Pos }

// unshadowed returns leaks, for which a name of shadowed (localNames)
// leaks every argument of a call where a local declaration of it holds.
// gonotes patch (s20-escape20).
func unshadowed(leaks noLeakFunc, shadowed map[string][]posSpan) noLeakFunc {
	if leaks == nil || len(shadowed) == 0 {
		return leaks
	}
	return func(name string, i int, at token.Pos) int {
		for _, sp := range shadowed[name] {
			if !at.IsValid() || sp.from <= at && at < sp.to {
				return paramLeaks
			}
		}
		return leaks(name, i, at)
	}
}

// paramsNoLeak returns, for each parameter of fd, whether it does not leak:
// every use in the body is one that makes a local slice not escape
// (stackBufUse: len, cap, s[i], range, s = append(s, ...), an argument
// that does not leak of a call, fd's own included), none in a func
// literal. gonotes patch (s19-lead): a slice passed to such a func keeps
// gc's stack buffer (sum(xs) then cap(xs)).
//
// gonotes patch (s20-escape20): a func parameter only called (f(), x :=
// f(), defer f() outside loops, not go f()) does not leak either: a
// closure passed to fd does not make the variables it captures escape.
// And a parameter whose only other use is to be the result of a func of
// one result (return xs, return xs[i:j]) leaks to that result only
// (paramToResult): the caller's slice does not escape if the call's
// result does not (stackBufUse). A recursive call of fd is assumed to
// leak its arguments to its result only (not at all if fd has no result).
func paramsNoLeak(fd *ast.FuncDecl, leaks noLeakFunc) []int {
	var names []string
	for _, f := range fd.Type.Params.List {
		if _, ok := f.Type.(*ast.Ellipsis); ok || len(f.Names) == 0 {
			return nil
		}
		for _, id := range f.Names {
			names = append(names, id.Name)
		}
	}
	index := map[string]int{}
	for i, n := range names {
		if n != "_" {
			index[n] = i
		}
	}
	results := 0
	if fd.Type.Results != nil {
		results = fd.Type.Results.NumFields()
	}
	self := func(name string, i int, at token.Pos) int { // recursion: to the result at most
		switch {
		case name == fd.Name.Name && basicResults(fd.Type.Results):
			return paramNoLeak
		case name == fd.Name.Name:
			return paramToResult
		case leaks != nil:
			return leaks(name, i, at)
		}
		return paramLeaks
	}
	state := make([]int, len(names))
	for i := range state {
		state[i] = paramNoLeak
	}
	hasGoto := hasGotoStmt(fd.Body)
	var stack []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if id, isID := n.(*ast.Ident); isID {
			if i, isParam := index[id.Name]; isParam && state[i] != paramLeaks {
				parent := stack[len(stack)-1]
				if sel, isSel := parent.(*ast.SelectorExpr); !isSel || sel.Sel != id {
					inLit := false
					for _, a := range stack {
						if _, isLit := a.(*ast.FuncLit); isLit {
							inLit = true
						}
					}
					switch {
					case inLit:
						state[i] = paramLeaks
					case calledOnly(id, stack, hasGoto):
					default:
						switch _, use, ret := stackBufUseRet(id, stack, self, nil, results == 1); {
						case use:
						case ret:
							state[i] = paramToResult
						default:
							state[i] = paramLeaks
						}
					}
				}
			}
		}
		stack = append(stack, n)
		return true
	})
	return state
}

// basicResults reports whether the results rs are all of predeclared
// basic types (none if rs is nil), which cannot hold a slice's array.
// gonotes patch (s20-escape20).
func basicResults(rs *ast.FieldList) bool {
	if rs == nil {
		return true
	}
	for _, f := range rs.List {
		id, ok := f.Type.(*ast.Ident)
		if !ok {
			return false
		}
		switch id.Name {
		case "bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
			"float32", "float64", "complex64", "complex128", "byte", "rune":
		default:
			return false
		}
	}
	return true
}

// calledOnly reports whether the occurrence id (ancestors stack) of a func
// value is a call of it that does not make it escape: not go f(), nor a
// defer in a loop (or in a body with a goto, whose labels may make loops),
// whose record gc allocates on the heap. gonotes patch (s20-escape20).
func calledOnly(id *ast.Ident, stack []ast.Node, hasGoto bool) bool {
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	if !ok || call.Fun != id || len(stack) < 2 {
		return false
	}
	switch stack[len(stack)-2].(type) {
	case *ast.GoStmt:
		return false
	case *ast.DeferStmt:
		return !hasGoto && !inLoop(stack)
	}
	return true
}

// argsEscape reports whether the arguments of the call whose ancestors
// are stack escape by its statement: go f(x), or defer f(x) in a loop (or
// in a body with a goto), whose record gc allocates on the heap. gonotes
// patch (s20-escape20): the s19 rule for slices given to funcs that read
// them missed it too.
func argsEscape(stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch stack[len(stack)-1].(type) {
	case *ast.GoStmt:
		return true
	case *ast.DeferStmt:
		return inLoop(stack) || hasGotoStmt(stack[0])
	}
	return false
}

// inLoop reports whether the ancestors stack hold a for or range
// statement. gonotes patch (s20-escape20).
func inLoop(stack []ast.Node) bool {
	for _, a := range stack {
		switch a.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		}
	}
	return false
}

// toResultArg reports whether the occurrence id (ancestors stack) of a
// slice is an argument (id or id[i:j]) of a func that leaks it to its
// result. gonotes patch (s20-escape20).
func toResultArg(id *ast.Ident, stack []ast.Node, leaks noLeakFunc) bool {
	if leaks == nil {
		return false
	}
	var arg ast.Expr = id
	i := len(stack) - 1
	if se, ok := stack[i].(*ast.SliceExpr); ok && se.X == id && i > 0 {
		arg, i = se, i-1
	}
	call, ok := stack[i].(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := call.Fun.(*ast.Ident)
	if !ok {
		return false
	}
	for j, a := range call.Args {
		if a == arg {
			return leaks(fn.Name, j, call.Pos()) == paramToResult
		}
	}
	return false
}

// safeFuncKey prefixes, in the variables that stay on the stack
// (StackBufCellVars), a func variable whose closures do not escape.
const safeFuncKey = "func "

// loopDepth returns the number of for and range statements in the
// ancestors stack. gonotes patch (s20-escape20).
func loopDepth(stack []ast.Node) int {
	d := 0
	for _, a := range stack {
		switch a.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			d++
		}
	}
	return d
}

// hasGotoStmt reports whether body holds a goto statement. gonotes patch
// (s20-escape20).
func hasGotoStmt(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		return !found
	})
	return found
}

// StackBufVars returns the variables of body, a notebook cell's statements
// (main's body), whose first append gc would give its stack buffer (see
// stackbuf.go), each with the position of that append. before names the
// variables the cell declares before body (without a value) and uses
// nowhere else. A kernel that compiles a cell in several parts calls it
// on all the cell's statements, then tells each part's compilation what
// it found (SetCellSliceVars). gonotes patch (s19-lead).
func (interp *Interpreter) StackBufVars(body *ast.BlockStmt, before map[string]bool) map[string]token.Pos {
	out, _ := interp.StackBufCellVars(body, before)
	return out
}

// StackBufCellVars is StackBufVars, and returns too the variables of body
// (and before) that stay on the stack as gc finds (SetCellSafeVars).
// gonotes patch (s20-escape20).
func (interp *Interpreter) StackBufCellVars(body *ast.BlockStmt, before map[string]bool) (map[string]token.Pos, map[string]bool) {
	names := map[string]*ast.CallExpr{}
	safe := map[string]bool{}
	stackBufUnitOf(body, map[*ast.CallExpr]bool{}, &cellSliceVars{before: before}, names, unshadowed(noLeakOf(&interp.noLeak, "main"), localNames(body)), safe)
	out := make(map[string]token.Pos, len(names))
	for n, c := range names {
		out[n] = c.Pos()
	}
	return out, safe
}

// isToolLit reports whether the func literal at the top of stack (its
// ancestors, outermost first) is one a tool wrote, not the source (it has
// no position), called at once as a statement: func() { ... }(). Its body
// is part of the body around it (gonotes patch, s19-lead: the kernel runs a
// cell's loops in such a func, for their variables to be slots of a small
// frame).
func isToolLit(lit *ast.FuncLit, stack []ast.Node) bool {
	if lit.Type.Func.IsValid() || len(stack) < 2 {
		return false
	}
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	if !ok || call.Fun != lit || len(call.Args) != 0 {
		return false
	}
	_, ok = stack[len(stack)-2].(*ast.ExprStmt)
	return ok
}

// stackBufUnitOf is stackBufUnit, for the statements of a cell when cell
// is not nil; names, if not nil, gets each variable's append that gets
// the buffer (gonotes patch, s19-lead).
func stackBufUnitOf(body *ast.BlockStmt, sites map[*ast.CallExpr]bool, cell *cellSliceVars, names map[string]*ast.CallExpr, leaks noLeakFunc, safeVars map[string]bool) {
	type occ struct {
		id    *ast.Ident
		stack []ast.Node // ancestors, outermost first
	}
	occs := map[string][]occ{}
	type litOcc struct {
		lit   *ast.FuncLit
		stack []ast.Node
	}
	var lits []litOcc // gonotes patch (s19-lead): see safeLit
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if id, ok := n.(*ast.Ident); ok && id.Name != "_" {
			occs[id.Name] = append(occs[id.Name], occ{id, append([]ast.Node(nil), stack...)})
		}
		if lit, ok := n.(*ast.FuncLit); ok {
			lits = append(lits, litOcc{lit, append([]ast.Node(nil), stack...)})
		}
		stack = append(stack, n)
		return true
	})
	hasGoto := hasGotoStmt(body) // gonotes patch (s20-escape20)
	// inOtherLit reports whether the ancestors stack hold a func literal
	// other than a tool's (isToolLit).
	inOtherLit := func(stack []ast.Node) bool {
		for i, a := range stack[1:] {
			if lit, isLit := a.(*ast.FuncLit); isLit && !isToolLit(lit, stack[:i+1]) {
				return true
			}
		}
		return false
	}
	// argNoLeak reports whether e (ancestors stack) is an argument of the
	// call of a func that does not leak it. gonotes patch (s20-escape20).
	argNoLeak := func(e ast.Expr, stack []ast.Node) bool {
		call, ok := stack[len(stack)-1].(*ast.CallExpr)
		if !ok || call.Fun == e || call.Ellipsis != token.NoPos || leaks == nil || argsEscape(stack[:len(stack)-1]) {
			return false
		}
		fn, ok := call.Fun.(*ast.Ident)
		if !ok {
			return false
		}
		for i, a := range call.Args {
			if a == e {
				return leaks(fn.Name, i, call.Pos()) == paramNoLeak
			}
		}
		return false
	}
	// funcVarSafe reports whether the closures held by the func variable
	// name of the unit do not escape, as gc finds: every occurrence is its
	// declaration, a call (calledOnly: not go, not a defer in a loop) or an
	// argument of a func that only calls it (argNoLeak), an assignment to
	// it, or a copy to another such variable (r := show), none in a func
	// literal. gonotes patch (s20-escape20): the s19 rule (only called
	// directly) extended to gc's escape analysis of closures passed to a
	// func, copied, or deferred.
	var funcVarSafe func(name string, visiting map[string]bool) bool
	funcVarSafe = func(name string, visiting map[string]bool) bool {
		if visiting[name] {
			return true // a cycle of copies adds no escape
		}
		if cell != nil && cell.safe[safeFuncKey+name] {
			return true // the cell's analysis saw all its uses
		}
		visiting[name] = true
		declared := cell != nil && cell.before[name] // declared before the cell's statements
		for _, o := range occs[name] {
			parent := o.stack[len(o.stack)-1]
			if sel, isSel := parent.(*ast.SelectorExpr); isSel && sel.Sel == o.id {
				continue
			}
			if inOtherLit(o.stack) {
				return false
			}
			if isStackBufDecl(o.id, parent) {
				declared = true
				continue
			}
			if calledOnly(o.id, o.stack, hasGoto) || argNoLeak(o.id, o.stack) {
				continue
			}
			switch p := parent.(type) {
			case *ast.AssignStmt:
				if len(p.Lhs) != 1 || len(p.Rhs) != 1 {
					return false
				}
				if p.Lhs[0] == o.id && p.Tok == token.ASSIGN {
					continue // name = another func
				}
				if lhs, ok := p.Lhs[0].(*ast.Ident); ok && p.Rhs[0] == o.id && lhs.Name != "_" && funcVarSafe(lhs.Name, visiting) {
					continue // r = name, r := name
				}
			case *ast.ValueSpec:
				if len(p.Names) == 1 && len(p.Values) == 1 && p.Values[0] == o.id && p.Names[0].Name != "_" && funcVarSafe(p.Names[0].Name, visiting) {
					continue // var r = name
				}
			}
			return false
		}
		return declared
	}
	// gonotes patch (s19-lead): the func literals that do not make the
	// variables they capture escape, as gc finds: one called at once as a
	// statement (func() { ... }()), and one given to a variable that is
	// only called (show := func() { ... }; show()), not by a go or defer
	// statement nor from another func literal.
	// gonotes patch (s20-escape20): also deferred at once outside loops
	// (defer func() { ... }()), given to a func that only calls it
	// (apply(func() { ... })), and given to a variable that funcVarSafe
	// accepts.
	//
	// Those (byValue) must capture the variables they read by value, as
	// gc does when no assignment to a variable follows the literal (an
	// append before it, none after, not in a loop around the literal):
	// gc does not inline the call of such a closure (a defer, a func
	// value passed on), and one captured by reference is a variable whose
	// address is taken, which gc never gives the buffer.
	safe := map[*ast.FuncLit]bool{}
	byValue := map[*ast.FuncLit]bool{}
	// onlyCalled is the s19 rule: the variable name is only called, directly.
	onlyCalled := func(name string) bool {
		for _, o := range occs[name] {
			parent := o.stack[len(o.stack)-1]
			if isStackBufDecl(o.id, parent) {
				continue
			}
			call, ok := parent.(*ast.CallExpr)
			if !ok || call.Fun != o.id || len(o.stack) < 2 || inOtherLit(o.stack) {
				return false
			}
			switch o.stack[len(o.stack)-2].(type) {
			case *ast.GoStmt, *ast.DeferStmt:
				return false
			}
		}
		return true
	}
	for _, l := range lits {
		parent := l.stack[len(l.stack)-1]
		if call, ok := parent.(*ast.CallExpr); ok && call.Fun == l.lit && len(l.stack) >= 2 {
			switch l.stack[len(l.stack)-2].(type) {
			case *ast.ExprStmt:
				safe[l.lit] = true
			case *ast.DeferStmt: // gonotes patch (s20-escape20)
				if !hasGoto && !inLoop(l.stack) {
					safe[l.lit], byValue[l.lit] = true, true
				}
			}
			continue
		}
		if argNoLeak(l.lit, l.stack) { // gonotes patch (s20-escape20)
			safe[l.lit], byValue[l.lit] = true, true
			continue
		}
		var name *ast.Ident
		switch p := parent.(type) {
		case *ast.AssignStmt:
			if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 && p.Rhs[0] == l.lit {
				name, _ = p.Lhs[0].(*ast.Ident)
			}
		case *ast.ValueSpec:
			if len(p.Names) == 1 && len(p.Values) == 1 && p.Values[0] == l.lit {
				name = p.Names[0]
			}
		}
		if name == nil || name.Name == "_" {
			continue
		}
		visiting := map[string]bool{}
		if funcVarSafe(name.Name, visiting) {
			for n := range visiting {
				if safeVars != nil {
					safeVars[safeFuncKey+n] = true
				}
			}
			safe[l.lit] = true
			byValue[l.lit] = !onlyCalled(name.Name)
		}
	}
	// gonotes patch (s20-escape20): the analysis of each variable, memoized:
	// whether it stays on the stack (ok), where declared, and its first
	// append; varSafe tells stackBufUse whether a variable given the
	// result of a func leaking its argument to its result stays there.
	type varInfo struct {
		ok        bool
		decl      *ast.Ident
		first     *ast.CallExpr
		firstPost bool
	}
	infos := map[string]*varInfo{}
	var analyze func(name string) *varInfo
	varSafe := func(id *ast.Ident) bool {
		if cell != nil && cell.safe[id.Name] {
			return true // the cell's analysis saw all its uses
		}
		vi := analyze(id.Name)
		return vi.ok && vi.decl == id
	}
	analyze = func(name string) *varInfo {
		if vi, done := infos[name]; done {
			return vi
		}
		vi := &varInfo{}
		infos[name] = vi // a cycle sees it not ok
		list := occs[name]
		var decl *ast.Ident
		var scope ast.Node
		var first *ast.CallExpr
		firstPost := false
		ok := true
		var declStack []ast.Node
		var assigned []token.Pos      // gonotes patch (s20-escape20): where it is assigned to, but its declaration
		var captured []litOcc         // gonotes patch (s20-escape20): the byValue literals reading it
		weight, viaResult := 0, false // gonotes patch (s20-escape20): see below
		capturedAt := map[*ast.FuncLit]bool{}
		for _, o := range list {
			parent := o.stack[len(o.stack)-1]
			if sel, isSel := parent.(*ast.SelectorExpr); isSel && sel.Sel == o.id {
				continue // a field or method name
			}
			inLit, inSafe := false, false
			for i, a := range o.stack[1:] {
				if lit, isLit := a.(*ast.FuncLit); isLit && !isToolLit(lit, o.stack[:i+1]) { // gonotes patch (s19-lead): isToolLit
					if safe[lit] {
						inSafe = true
						if byValue[lit] && !capturedAt[lit] {
							capturedAt[lit] = true
							captured = append(captured, litOcc{lit, o.stack[:i+1]})
						}
					} else {
						inLit = true
					}
				}
			}
			if as, isAs := parent.(*ast.AssignStmt); isAs && !isStackBufDecl(o.id, parent) {
				for _, l := range as.Lhs {
					if l == o.id {
						assigned = append(assigned, o.id.Pos())
					}
				}
			}
			if inLit || cell != nil && cell.shared[o.id.Name] { // gonotes patch (s19-lead): cellSliceVars
				ok = false
				break
			}
			if decl == nil && cell != nil && cell.before[o.id.Name] { // gonotes patch (s19-lead): declared before the cell's statements
				decl, scope = ast.NewIdent(o.id.Name), body
			}
			if isStackBufDecl(o.id, parent) {
				if decl != nil {
					ok = false
					break
				}
				decl, scope, declStack = o.id, stackBufScope(o.stack), o.stack
				continue
			}
			if decl == nil || decl.Pos().IsValid() && (o.id.Pos() < decl.Pos() || scope == nil || o.id.Pos() >= scope.End()) { // gonotes patch (s19-lead): a variable declared before the cell's statements has no position
				ok = false
				break
			}
			call, use := stackBufUse(o.id, o.stack, leaks, varSafe)
			if !use {
				ok = false
				break
			}
			if call != nil { // gonotes patch (s20-escape20)
				weight += 1 + loopDepth(o.stack) - loopDepth(declStack)
			}
			viaResult = viaResult || toResultArg(o.id, o.stack, leaks)
			if call != nil && !inSafe && (first == nil || call.Pos() < first.Pos()) { // gonotes patch (s19-lead): an append in a func literal is the literal's
				first = call
				firstPost = inForPost(call, o.stack)
			}
		}
		// gonotes patch (s20-escape20): a slice given to a func that
		// returns it, appended to more than once (or in a loop): gc
		// inlines a small such func, and the assignment of its result is
		// then the transition of Go 1.26's move to the heap
		// (stackbufret.go), which the model does not follow there.
		if viaResult && weight >= 2 {
			ok = false
		}
		for _, c := range captured { // gonotes patch (s20-escape20): captured by value (see byValue)
			if !ok || loopDepth(c.stack) != loopDepth(declStack) {
				ok = false
				break
			}
			for _, at := range assigned {
				if at > c.lit.Pos() {
					ok = false
				}
			}
		}
		*vi = varInfo{ok: ok && decl != nil, decl: decl, first: first, firstPost: firstPost}
		return vi
	}
	for name := range occs {
		vi := analyze(name)
		if vi.ok && safeVars != nil { // gonotes patch (s20-escape20)
			safeVars[name] = true
		}
		if vi.ok && vi.first != nil && !vi.firstPost {
			sites[vi.first] = true
			if names != nil { // gonotes patch (s19-lead)
				names[vi.decl.Name] = vi.first
			}
		}
	}
}

// isStackBufDecl reports whether id is declared by parent, a var spec or a
// short variable declaration.
func isStackBufDecl(id *ast.Ident, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.ValueSpec:
		for _, n := range p.Names {
			if n == id {
				return len(p.Values) == 0 || len(p.Values) == len(p.Names)
			}
		}
	case *ast.AssignStmt:
		if p.Tok != token.DEFINE || len(p.Lhs) != len(p.Rhs) {
			return false
		}
		for _, n := range p.Lhs {
			if n == id {
				return true
			}
		}
	}
	return false
}

// stackBufScope returns the block of a declaration whose ancestors are stack.
func stackBufScope(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			return s
		case *ast.IfStmt, *ast.ForStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			return s
		}
	}
	return nil
}

// stackBufUse reports whether the occurrence id (ancestors stack) of a
// slice variable is a use that does not make it escape; for the append
// of s = append(s, x...), it returns the call too.
//
// gonotes patch (s19-lead): an argument of copy, or one of a func that
// does not leak it (leaks), is such a use.
//
// gonotes patch (s20-escape20): so is an argument of a func that leaks it
// to its result only, if the call's result is used so too (resultUse:
// len(keep(s)), kept := keep(s) with kept such a variable, varSafe).
func stackBufUse(id *ast.Ident, stack []ast.Node, leaks noLeakFunc, varSafe func(*ast.Ident) bool) (*ast.CallExpr, bool) {
	call, use, _ := stackBufUseRet(id, stack, leaks, varSafe, false)
	return call, use
}

// stackBufUseRet is stackBufUse; if oneResult (the occurrence is in a func
// of one result), it reports too whether the occurrence is that result (return
// s, return s[i:j], return f(s) for f leaking s to its result). gonotes
// patch (s20-escape20).
func stackBufUseRet(id *ast.Ident, stack []ast.Node, leaks noLeakFunc, varSafe func(*ast.Ident) bool, oneResult bool) (*ast.CallExpr, bool, bool) {
	parent := stack[len(stack)-1]
	var grand ast.Node
	if len(stack) >= 2 {
		grand = stack[len(stack)-2]
	}
	if oneResult {
		if r, ok := parent.(*ast.ReturnStmt); ok && len(r.Results) == 1 && r.Results[0] == id {
			return nil, false, true
		}
		if se, ok := parent.(*ast.SliceExpr); ok && se.X == id {
			if r, ok := grand.(*ast.ReturnStmt); ok && len(r.Results) == 1 && r.Results[0] == se {
				return nil, false, true
			}
		}
	}
	switch p := parent.(type) {
	case *ast.CallExpr:
		fn, _ := p.Fun.(*ast.Ident)
		if fn != nil && p.Fun != id && p.Ellipsis == token.NoPos && !inAppendArgs(id.Name, stack) && !argsEscape(stack[:len(stack)-1]) { // gonotes patch (s19-lead); (s20-escape20): argsEscape
			for i, a := range p.Args {
				if a != id {
					continue
				}
				if fn.Name == "copy" && len(p.Args) == 2 || leaks != nil && leaks(fn.Name, i, p.Pos()) == paramNoLeak {
					return nil, true, false
				}
				if leaks != nil && leaks(fn.Name, i, p.Pos()) == paramToResult { // gonotes patch (s20-escape20)
					switch resultUse(p, stack[:len(stack)-1], varSafe) {
					case resultSafe:
						return nil, true, false
					case resultReturned:
						if oneResult {
							return nil, false, true
						}
					}
				}
			}
		}
		if fn == nil || len(p.Args) == 0 || p.Args[0] != id {
			return nil, false, false
		}
		switch fn.Name {
		case "len", "cap":
			return nil, len(p.Args) == 1 && !inAppendArgs(id.Name, stack), false
		case "append":
			as, _ := grand.(*ast.AssignStmt)
			if p.Ellipsis != token.NoPos || len(p.Args) < 2 || as == nil || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != p {
				return nil, false, false
			}
			if lhs, _ := as.Lhs[0].(*ast.Ident); lhs == nil || lhs.Name != id.Name {
				return nil, false, false
			}
			return p, true, false
		}
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN || len(p.Lhs) != 1 || len(p.Rhs) != 1 || p.Lhs[0] != id {
			return nil, false, false
		}
		switch r := p.Rhs[0].(type) {
		case *ast.Ident: // s = nil
			return nil, r.Name == "nil", false
		case *ast.SliceExpr: // s = s[:0]
			x, _ := r.X.(*ast.Ident)
			return nil, x != nil && x.Name == id.Name, false
		}
		call, _ := p.Rhs[0].(*ast.CallExpr)
		if call == nil || len(call.Args) == 0 {
			return nil, false, false
		}
		fn, _ := call.Fun.(*ast.Ident)
		arg, _ := call.Args[0].(*ast.Ident)
		return nil, fn != nil && fn.Name == "append" && arg != nil && arg.Name == id.Name, false
	case *ast.IndexExpr:
		if p.X != id || inAppendArgs(id.Name, stack) {
			return nil, false, false
		}
		switch g := grand.(type) {
		case *ast.UnaryExpr:
			return nil, g.Op != token.AND, false
		case *ast.SelectorExpr, *ast.SliceExpr, *ast.IndexExpr, *ast.ParenExpr, *ast.StarExpr:
			return nil, false, false
		case *ast.CallExpr:
			return nil, g.Fun != p, false
		}
		return nil, true, false
	case *ast.RangeStmt:
		return nil, p.X == id, false
	case *ast.SliceExpr: // s = s[:0]
		if call, ok := grand.(*ast.CallExpr); ok && p.X == id && leaks != nil && call.Ellipsis == token.NoPos && !inAppendArgs(id.Name, stack) && !argsEscape(stack[:len(stack)-2]) { // gonotes patch (s19-lead): f(s[i:]), f not leaking it; (s20-escape20): argsEscape
			if fn, ok := call.Fun.(*ast.Ident); ok {
				for i, a := range call.Args {
					if a != p {
						continue
					}
					switch leaks(fn.Name, i, call.Pos()) {
					case paramNoLeak:
						return nil, true, false
					case paramToResult: // gonotes patch (s20-escape20)
						switch resultUse(call, stack[:len(stack)-2], varSafe) {
						case resultSafe:
							return nil, true, false
						case resultReturned:
							if oneResult {
								return nil, false, true
							}
						}
					}
				}
			}
		}
		as, _ := grand.(*ast.AssignStmt)
		if p.X != id || as == nil || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != p {
			return nil, false, false
		}
		lhs, _ := as.Lhs[0].(*ast.Ident)
		return nil, lhs != nil && lhs.Name == id.Name, false
	}
	return nil, false, false
}

// Uses of the result of a call, for resultUse.
const (
	resultEscapes  = iota // used in a way the model does not follow
	resultSafe            // discarded, given to len or cap, or a variable varSafe accepts
	resultReturned        // the result of the func the call is in
)

// resultUse tells how the result of call (ancestors stack) is used.
// gonotes patch (s20-escape20).
func resultUse(call *ast.CallExpr, stack []ast.Node, varSafe func(*ast.Ident) bool) int {
	if len(stack) == 0 {
		return resultEscapes
	}
	switch p := stack[len(stack)-1].(type) {
	case *ast.ExprStmt:
		return resultSafe
	case *ast.CallExpr:
		if fn, ok := p.Fun.(*ast.Ident); ok && (fn.Name == "len" || fn.Name == "cap") && len(p.Args) == 1 && p.Args[0] == call {
			return resultSafe
		}
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 && p.Rhs[0] == call {
			if lhs, ok := p.Lhs[0].(*ast.Ident); ok && lhs.Name != "_" && varSafe != nil && varSafe(lhs) {
				return resultSafe
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 && len(p.Values) == 1 && p.Values[0] == call && p.Names[0].Name != "_" && varSafe != nil && varSafe(p.Names[0]) {
			return resultSafe
		}
	case *ast.ReturnStmt:
		if len(p.Results) == 1 && p.Results[0] == call {
			return resultReturned
		}
	}
	return resultEscapes
}

// inAppendArgs reports whether the ancestors stack of a use of name hold
// the arguments of an append to name (a use there sees the slice before
// the append gives it the buffer).
func inAppendArgs(name string, stack []ast.Node) bool {
	for _, a := range stack {
		if c, ok := a.(*ast.CallExpr); ok && len(c.Args) > 0 {
			fn, _ := c.Fun.(*ast.Ident)
			arg, _ := c.Args[0].(*ast.Ident)
			if fn != nil && fn.Name == "append" && arg != nil && arg.Name == name {
				return true
			}
		}
	}
	return false
}

// inForPost reports whether call is in the post statement of a for loop,
// which gc compiles after the loop's body.
func inForPost(call *ast.CallExpr, stack []ast.Node) bool {
	for _, a := range stack {
		if f, ok := a.(*ast.ForStmt); ok && f.Post != nil && f.Post.Pos() <= call.Pos() && call.End() <= f.Post.End() {
			return true
		}
	}
	return false
}
