package eval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// # gc's stack buffer for a cell's slices
//
// Since Go 1.25 gc gives the first append to a local slice that does not
// escape a 32-byte buffer on the stack: a tutorial's `var s []int` then
// `s = append(s, i)` in main prints cap 4, not 1. The interpreter models
// the rule for locals (third_party/yaegi stackbuf.go). A cell's top-level
// statements stand for main's body, but the session compiles a cell in
// units: `var s []int` is a declaration of its own, a final expression
// another unit, and each unit alone cannot see the others' uses of s. So
// the rule is applied to all the cell's statements at once
// (interp.StackBufVars), and each unit is told which of its variables get
// the buffer at one of its appends and which get none (SetCellSliceVars).
// A later cell is not seen: a slice it appends to was grown already.

// cellNames is what the stack buffer rule found in a cell.
type cellNames struct {
	// first maps a variable whose first append gets the buffer to the
	// offset (piece.off) of the piece holding that append.
	first map[string]int
	// declared are the names the cell declares at its top level, with the
	// offset of the declaring piece.
	declared map[string]int
	// mentions are the names each piece mentions, by offset.
	mentions map[int]map[string]bool
	// safe are the variables that stay on the stack, seen from all the
	// cell's statements (interp.StackBufCellVars): a slice given to a
	// func returning it keeps the buffer if the result's variable stays
	// there, whichever unit uses that variable.
	safe map[string]bool
}

// cellSlices returns what the compilation of the statement unit u of the
// cell whose pieces are all (in compile order) is told of its slices:
// before, its variables declared outside it whose first append it holds,
// and shared, the cell's other variables it mentions; and safe, the cell's
// variables that stay on the stack (cellNames.safe). c, nil at first, is
// made when a cell appends.
func cellSlices(i *interp.Interpreter, c **cellNames, all []piece, u *unit) (before, shared, safe map[string]bool) {
	if u.kind == declPiece || !slices.ContainsFunc(all, func(p piece) bool { return strings.Contains(p.text, "append") }) {
		return nil, nil, nil
	}
	if *c == nil {
		*c = newCellNames(i, all)
	}
	before, shared = (*c).slicesOf(u)
	return before, shared, (*c).safe
}

// newCellNames applies the stack buffer rule to the cell's statements.
func newCellNames(i *interp.Interpreter, all []piece) *cellNames {
	c := &cellNames{first: map[string]int{}, declared: map[string]int{}, mentions: map[int]map[string]bool{}}
	var src strings.Builder
	src.WriteString("package p;func _(){\n")
	type span struct{ from, to, off int }
	var spans []span
	cands := map[string]bool{} // var declarations without a value or nil
	declMentions := map[string]int{}
	for i := range all {
		p := &all[i]
		pp, ok := parsePiece(p)
		if !ok {
			return c
		}
		m := identsOf(pp.f)
		c.mentions[p.off] = m
		if p.kind != declPiece {
			for _, n := range p.defines() {
				c.declared[n] = p.off
			}
			from := src.Len()
			src.WriteString(p.text)
			src.WriteString("\n")
			spans = append(spans, span{from, src.Len(), p.off})
			continue
		}
		for n := range m {
			declMentions[n]++
		}
		for _, d := range pp.f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				nilInit := len(vs.Values) == len(vs.Names)
				for _, v := range vs.Values {
					if id, ok := v.(*ast.Ident); !ok || id.Name != "nil" {
						nilInit = false
					}
				}
				for _, n := range vs.Names {
					c.declared[n.Name] = p.off
					if len(vs.Values) == 0 || nilInit {
						cands[n.Name] = true
					}
				}
			}
		}
	}
	if len(spans) == 0 {
		return c
	}
	src.WriteString("}\n")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src.String(), 0)
	if err != nil {
		return c
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	before := map[string]bool{}
	for n := range cands {
		if declMentions[n] == 1 { // its own declaration only
			before[n] = true
		}
	}
	first, safe := i.StackBufCellVars(body, before)
	c.safe = safe
	for name, pos := range first {
		at := fset.Position(pos).Offset
		for _, s := range spans {
			if s.from <= at && at < s.to {
				c.first[name] = s.off
			}
		}
	}
	return c
}

// slicesOf is cellSlices.
func (c *cellNames) slicesOf(u *unit) (before, shared map[string]bool) {
	inU := map[int]bool{}
	for _, p := range u.pieces {
		inU[p.off] = true
	}
	for _, p := range u.pieces {
		for name := range c.mentions[p.off] {
			declOff, declared := c.declared[name]
			if !declared {
				continue
			}
			firstOff, ok := c.first[name]
			switch {
			case ok && inU[firstOff] && !inU[declOff]:
				if before == nil {
					before = map[string]bool{}
				}
				before[name] = true
			case ok && inU[firstOff]:
			default:
				if shared == nil {
					shared = map[string]bool{}
				}
				shared[name] = true
			}
		}
	}
	return before, shared
}
