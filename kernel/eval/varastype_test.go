package eval

import (
	"strings"
	"testing"
)

// TestVarAsTypeAcrossCells: a name declared again in a later cell is what
// the latest declaration says (the notebook's redefinition rule) for the
// check that a variable is no type (imports_missing.go varAsType): a type
// declared after a variable of its name is a type from then on, a
// variable declared after a type of its name is no type, and so for funcs
// and constants. Each case is a list of cells; the last one's error (or
// none, "") and stdout are checked, the others must run.
func TestVarAsTypeAcrossCells(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		want  string // the last cell's error without its position, or ""
		out   string
	}{
		{"var_then_type", []string{"size := 4", "type size int", "var b size = 3\nfmt.Println(b)\nfmt.Printf(\"%T\\n\", b)"}, "", "3\nmain.size\n"},
		{"var_decl_then_type", []string{"var size = 4", "type size string", "var b size = \"s\"\nfmt.Println(b + b)"}, "", "ss\n"},
		{"type_then_var", []string{"type kind int", "kind := \"k\"\nfmt.Println(kind)", "var c kind"}, "kind (local variable) is not a type", ""},
		{"type_then_var_decl", []string{"type kind int", "var kind = 2", "var c kind"}, "kind (local variable) is not a type", ""},
		{"func_then_type", []string{"func f() int { return 1 }", "type f string", "var d f = \"x\"\nfmt.Println(d)"}, "", "x\n"},
		{"type_then_func", []string{"type f string", "func f() int { return 1 }", "fmt.Println(f())"}, "", "1\n"},
		{"var_then_type_then_var", []string{"n := 1", "type n int", "n := 2.5", "var v n"}, "n (local variable) is not a type", ""},
		{"var_then_type_same_cell_after", []string{"size := 4", "type size int\nvar b size = 7\nfmt.Println(b)"}, "", "7\n"},
		{"const_then_type", []string{"const g = 2", "type g []int", "var e g = g{1}\nfmt.Println(e, len(e))"}, "", "[1] 1\n"},
		{"type_then_const", []string{"type g []int", "const g = 2", "fmt.Println(g * 3)"}, "", "6\n"},
		{"type_then_const_as_type", []string{"type g []int", "const g = 2", "var e g"}, "g (constant) is not a type", ""},
		{"var_with_methods_then_type", []string{"type C float64\nfunc (c C) String() string { return \"c\" }\nv := C(1)\nfmt.Println(v)", "type v int", "fmt.Println(v(2))\nvar w v = 3\nfmt.Println(w)"}, "", "2\n3\n"},
		{"func_as_type", []string{"func fn() {}", "var e fn"}, "fn (function) is not a type", ""},
		{"const_as_type_same_cell", []string{"const k = \"s\"\nvar e k"}, "k (constant) is not a type", ""},
		{"var_as_type_same_cell", []string{"x := 1\nvar y x"}, "x (local variable) is not a type", ""},
		{"var_as_type_program", []string{"import \"fmt\"\n\nvar x = 1\n\nvar y x\n\nfunc main() { fmt.Println(y) }"}, "x (package-level variable) is not a type", ""},
		{"var_used_inside_func_after_type", []string{"size := 4", "type size int", "func g() size { return 5 }\nfmt.Println(g())"}, "", "5\n"},
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
