package eval

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// embedFiles gives the variables of f that a //go:embed directive marks
// the contents of their file, as the go command does when it builds a
// program: a cell is built when it runs, and its package directory is the
// notebook's folder (the kernel's working directory, dir). A string or
// []byte variable gets the one file its patterns name; the errors are
// gc's and the go command's. An embed.FS cannot be made outside the
// compiler: such a variable is refused with a clear error, as is a
// directive that does not precede a lone variable without a value.
func embedFiles(f *ast.File, dir string) []vetError {
	var errs []vetError
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		pos, patterns := embedDirective(g.Doc)
		if len(patterns) == 0 && len(g.Specs) == 1 {
			// var (\n\t//go:embed x\n\ts string\n)
			if vs, ok := g.Specs[0].(*ast.ValueSpec); ok {
				pos, patterns = embedDirective(vs.Doc)
			}
		}
		if pos == token.NoPos {
			continue
		}
		if g.Tok != token.VAR {
			errs = append(errs, vetError{pos: pos, msg: "misplaced compiler directive"})
			continue
		}
		if len(g.Specs) != 1 || len(g.Specs[0].(*ast.ValueSpec).Names) != 1 {
			errs = append(errs, vetError{pos: pos, msg: "go:embed cannot apply to multiple vars"})
			continue
		}
		vs := g.Specs[0].(*ast.ValueSpec)
		if len(vs.Values) > 0 {
			errs = append(errs, vetError{pos: pos, msg: "go:embed cannot apply to var with initializer"})
			continue
		}
		kind := embedKind(vs.Type)
		if kind == "" {
			errs = append(errs, vetError{pos: pos, msg: "go:embed cannot apply to var of type " + types.ExprString(vs.Type)})
			continue
		}
		if kind == "fs" {
			errs = append(errs, vetError{pos: pos, msg: "go:embed into an embed.FS is not available in a cell (the compiler makes its value): os.DirFS(\".\") is an fs.FS of the notebook's folder"})
			continue
		}
		if len(patterns) == 0 {
			errs = append(errs, vetError{pos: pos, msg: "usage: //go:embed pattern..."})
			continue
		}
		var files []string
		bad := false
		for _, p := range patterns {
			m, err := embedMatch(dir, p)
			if err != nil {
				errs = append(errs, vetError{pos: pos, msg: err.Error()})
				bad = true
				break
			}
			files = append(files, m...)
		}
		if bad {
			continue
		}
		if len(files) != 1 {
			errs = append(errs, vetError{pos: pos, msg: "invalid go:embed: multiple files for type " + types.ExprString(vs.Type)})
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, files[0]))
		if err != nil {
			errs = append(errs, vetError{pos: pos, msg: fmt.Sprintf("pattern %s: %v", patterns[0], err)})
			continue
		}
		var v ast.Expr = &ast.BasicLit{ValuePos: vs.Names[0].End(), Kind: token.STRING, Value: strconv.Quote(string(data))}
		if kind == "bytes" {
			v = &ast.CallExpr{Fun: &ast.ArrayType{Elt: ast.NewIdent("byte")}, Args: []ast.Expr{v}}
		}
		vs.Values = []ast.Expr{v}
	}
	return errs
}

// embedDirective returns the position and the patterns of the //go:embed
// lines of a declaration's comment.
func embedDirective(doc *ast.CommentGroup) (token.Pos, []string) {
	if doc == nil {
		return token.NoPos, nil
	}
	pos := token.NoPos
	var patterns []string
	for _, c := range doc.List {
		rest, ok := strings.CutPrefix(c.Text, "//go:embed")
		if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue
		}
		if pos == token.NoPos {
			pos = c.Slash
		}
		for _, p := range strings.Fields(rest) {
			if u, err := strconv.Unquote(p); err == nil {
				p = u
			}
			patterns = append(patterns, p)
		}
	}
	return pos, patterns
}

// embedKind names what a //go:embed variable's type is: "string",
// "bytes", "fs" or "" (a type the directive does not apply to).
func embedKind(t ast.Expr) string {
	switch t := t.(type) {
	case *ast.Ident:
		if t.Name == "string" {
			return "string"
		}
	case *ast.ArrayType:
		if id, ok := t.Elt.(*ast.Ident); ok && t.Len == nil && (id.Name == "byte" || id.Name == "uint8") {
			return "bytes"
		}
	case *ast.SelectorExpr:
		if id, ok := t.X.(*ast.Ident); ok && id.Name == "embed" && t.Sel.Name == "FS" {
			return "fs"
		}
	}
	return ""
}

// embedMatch returns the files (slash-separated, relative to dir) that an
// embed pattern names, with the go command's errors.
func embedMatch(dir, pattern string) ([]string, error) {
	pattern = strings.TrimPrefix(pattern, "all:")
	if pattern == "" || strings.HasPrefix(pattern, "/") || strings.HasPrefix(pattern, "../") || pattern == ".." || strings.Contains(pattern, "/../") || strings.HasSuffix(pattern, "/") {
		return nil, fmt.Errorf("pattern %s: invalid pattern syntax", pattern)
	}
	if _, err := filepath.Match(pattern, ""); err != nil {
		return nil, fmt.Errorf("pattern %s: invalid pattern syntax", pattern)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
	var files []string
	for _, m := range matches {
		fi, err := os.Stat(m)
		if err != nil {
			continue
		}
		rel, _ := filepath.Rel(dir, m)
		if fi.IsDir() {
			// A directory embeds its files; for a string or []byte that
			// is more than one file, or none.
			_ = filepath.WalkDir(m, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					r, _ := filepath.Rel(dir, p)
					files = append(files, filepath.ToSlash(r))
				}
				return nil
			})
			if len(files) == 0 {
				files = append(files, filepath.ToSlash(rel)+"/")
			}
			continue
		}
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("pattern %s: cannot embed irregular file %s", pattern, filepath.ToSlash(rel))
		}
		files = append(files, filepath.ToSlash(rel))
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("pattern %s: no matching files found", pattern)
	}
	return files, nil
}
