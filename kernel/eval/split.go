package eval

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// pieceKind tells whether a piece of a cell is a top-level declaration or
// statements.
type pieceKind int

const (
	declPiece pieceKind = iota
	stmtPiece
)

// piece is one top-level item of a cell: a declaration (import, const, var,
// type, func, method) or one statement.
type piece struct {
	kind      pieceKind
	text      string
	off       int  // byte offset of text in the cell
	line, col int  // 1-based position of text[0] in the cell
	semi      bool // ends with an explicit ';'
	isImport  bool
	isExpr    bool // a single expression statement
	// defNames are the names a statement `a, b := ...` defines, once
	// defParsed (defines).
	defNames  []string
	defParsed bool
}

// splitError is a syntax error in a cell, positioned in the cell.
type splitError struct {
	line, col int
	msg       string
}

func (e *splitError) Error() string { return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg) }

// directive returns a /*line*/ comment that makes the next character's
// position file:line:col.
func directive(file string, line, col int) string {
	return fmt.Sprintf("/*line %s:%d:%d*/", file, line, col)
}

// splitCell cuts a cell into pieces: it cuts at every top-level semicolon
// (explicit or automatically inserted), then greedily merges consecutive
// segments until they parse as exactly one declaration or as statements.
// A leading package clause is dropped.
func splitCell(src string) ([]piece, error) {
	type segment struct {
		a, b   int
		tokens int
		semi   bool
		first  token.Token
	}
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var sc scanner.Scanner
	sc.Init(file, []byte(src), nil, 0)

	var segs []segment
	depth := 0
	cur := segment{}
	skipPackage := false
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		if cur.tokens == 0 && tok != token.SEMICOLON {
			if len(segs) == 0 && tok == token.PACKAGE {
				skipPackage = true
			}
			cur.first = tok
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if depth > 0 {
				depth--
			}
		case token.SEMICOLON:
			if depth == 0 {
				end := off + 1
				if lit != ";" && lit != "\n" { // automatic at EOF
					end = off
				}
				if end > len(src) {
					end = len(src)
				}
				cur.b = end
				cur.semi = lit == ";"
				if skipPackage && len(segs) == 0 {
					skipPackage = false
					cur = segment{a: end}
					continue
				}
				segs = append(segs, cur)
				cur = segment{a: end}
				continue
			}
		}
		if tok != token.SEMICOLON {
			cur.tokens++
		}
	}
	if cur.tokens > 0 {
		cur.b = len(src)
		segs = append(segs, cur)
	}

	var pieces []piece
	for i := 0; i < len(segs); {
		if segs[i].tokens == 0 {
			i++
			continue
		}
		a := segs[i].a
		// Skip leading blank lines so that the piece's position is its first
		// token's line; comments stay attached.
		for a < len(src) && (src[a] == '\n' || src[a] == ' ' || src[a] == '\t' || src[a] == '\r') {
			a++
		}
		line, col := lineCol(src, a)
		ok := false
		for j := i; j < len(segs); j++ {
			text := src[a:segs[j].b]
			p := piece{text: text, off: a, line: line, col: col, semi: segs[j].semi}
			if kind, isImport, isExpr, good := classify(text, line, col, segs[i].first); good {
				p.kind, p.isImport, p.isExpr = kind, isImport, isExpr
				pieces = append(pieces, p)
				i = j + 1
				ok = true
				break
			}
		}
		if !ok {
			return nil, syntaxError(src[a:], line, col, segs[i].first)
		}
	}
	return pieces, nil
}

// classify parses text as one declaration, else as statements. first is
// text's first token: only a keyword that starts a declaration can start
// one, and text is not parsed as a declaration when it is another (most
// cells are statements; a failed parse costs as much as one that succeeds).
func classify(text string, line, col int, first token.Token) (kind pieceKind, isImport, isExpr, ok bool) {
	fset := token.NewFileSet()
	d := directive("cell", line, col)
	switch first {
	case token.IMPORT, token.CONST, token.VAR, token.TYPE, token.FUNC:
		if f, err := parser.ParseFile(fset, "", "package p;"+d+text, parser.SkipObjectResolution); err == nil && len(f.Decls) == 1 {
			g, imp := f.Decls[0].(*ast.GenDecl)
			return declPiece, imp && g.Tok == token.IMPORT, false, true
		}
	}
	f, err := parser.ParseFile(fset, "", "package p;func _(){"+d+text+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return 0, false, false, false
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if n := len(body); n > 0 {
		if l, ok := body[n-1].(*ast.LabeledStmt); ok {
			if _, empty := l.Stmt.(*ast.EmptyStmt); empty {
				return 0, false, false, false // a label needs the statement that follows
			}
		}
	}
	if len(body) == 0 {
		// Only comments and semicolons: attach to nothing, but keep it valid.
		return stmtPiece, false, false, true
	}
	_, isExpr = body[0].(*ast.ExprStmt)
	return stmtPiece, false, isExpr && len(body) == 1, true
}

// syntaxError parses the rest of a cell, which does not parse, to report
// its first error.
func syntaxError(text string, line, col int, first token.Token) error {
	fset := token.NewFileSet()
	d := directive("cell", line, col)
	var err error
	switch first {
	case token.IMPORT, token.CONST, token.VAR, token.TYPE, token.FUNC:
		_, err = parser.ParseFile(fset, "", "package p;"+d+text, 0)
		if err == nil || first == token.FUNC {
			_, err2 := parser.ParseFile(fset, "", "package p;func _(){"+d+text+"\n}", 0)
			if err == nil || (err2 != nil && first == token.FUNC && strings.HasPrefix(strings.TrimSpace(text), "func(")) {
				err = err2
			}
		}
	default:
		_, err = parser.ParseFile(fset, "", "package p;func _(){"+d+text+"\n}", 0)
	}
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		e := list[0]
		msg := e.Msg
		lines := strings.Split(strings.TrimRight(text, "\n\t "), "\n")
		if last := line + len(lines) - 1; e.Pos.Filename != "cell" || e.Pos.Line > last {
			// In our wrapper: the end of the cell.
			msg = strings.Replace(msg, "found '}'", "found end of cell", 1)
			return &splitError{line: last, col: len(lines[len(lines)-1]) + 1, msg: msg}
		}
		return &splitError{line: e.Pos.Line, col: e.Pos.Column, msg: msg}
	}
	if err != nil {
		return &splitError{line: line, col: col, msg: err.Error()}
	}
	return &splitError{line: line, col: col, msg: "syntax error"}
}

// lineCol returns the 1-based line and column of byte offset off in src.
func lineCol(src string, off int) (int, int) {
	line := 1 + strings.Count(src[:off], "\n")
	col := off - strings.LastIndexByte(src[:off], '\n')
	return line, col
}
