package eval

import (
	"strings"
	"testing"
)

// TestNotebookErrwords18 checks the errors of errwords18 that depend on
// the notebook's earlier cells (vetgeneric.go's genDecls,
// imports_missing.go): each case is a list of cells; the last one's error
// (or none, "") is checked, the others must run.
func TestNotebookErrwords18(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		want  string // the last cell's error without its position, or "" (it runs)
		out   string // the last cell's stdout, when it runs
	}{
		{"type_args_other_cell", []string{"func Id[T any](x T) T { return x }", "Id[int, string](1)"}, "got 2 type arguments but want 1", ""},
		{"index_non_generic_func_other_cell", []string{"func Double(x int) int { return 2 * x }", "Double[int](2)"}, "cannot index Double (value of type func(x int) int)", ""},
		{"name_redeclared_as_var", []string{"type Box struct{}", "var Box = []int{7}", "fmt.Println(Box[0])"}, "", "7\n"},
		{"func_redefined_as_var", []string{"func F() {}", "F := map[int]int{1: 2}", "fmt.Println(F[1])"}, "", "2\n"},
		{"package_unimported_in_notebook", []string{"import \"fmt\"", "func main() { fmt.Println(strings.ToUpper(\"a\")) }"}, "", "A\n"},
		{"package_unimported_in_program", []string{"import \"fmt\"\n\nfunc main() { fmt.Println(strings.ToUpper(\"a\")) }"}, "undefined: strings", ""},
		{"package_imported_earlier", []string{"import \"strings\"", "import \"fmt\"\n\nfunc main() { fmt.Println(strings.ToUpper(\"a\")) }"}, "", "A\n"},
		{"package_shadowed_by_notebook_var", []string{"strings := []string{\"x\"}", "import \"fmt\"\n\nfunc main() { fmt.Println(len(strings)) }"}, "", "1\n"},
		{"var_as_type_other_cell", []string{"x := 1", "var y x\nfmt.Println(y)"}, "x (local variable) is not a type", ""},
		{"var_then_type_same_name", []string{"size := 4", "var b size\ntype size int\nfmt.Println(b)"}, "", "0\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			var c *cell
			for i, code := range tc.cells {
				c = ts.run(code)
				if i < len(tc.cells)-1 && c.err != nil {
					t.Fatalf("cell %d %q: %v", i+1, code, c.err)
				}
			}
			got := ""
			if c.err != nil {
				got = strings.SplitN(c.err.Error(), "\n", 2)[0]
				got = confCellPos.ReplaceAllString(got, "")
			}
			if got != tc.want {
				t.Errorf("error %q, want %q", got, tc.want)
			}
			if tc.want == "" && c.stdout.String() != tc.out {
				t.Errorf("stdout %q, want %q", c.stdout.String(), tc.out)
			}
		})
	}
}
