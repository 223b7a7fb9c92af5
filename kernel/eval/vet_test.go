package eval

import (
	"strings"
	"testing"
)

// TestVet checks that a cell is rejected where `go build` rejects the same
// program (with the same message and position, relative to the cell) for a
// local variable declared and not used, a label defined and not used, or a
// missing return, and accepted where go build accepts it. Each case was
// built with go build as "package main\n\n" + code + "\n\nfunc main() {}".
func TestVet(t *testing.T) {
	cases := []vetCase{
		{"unused", "func f() {\n\tx := 5\n}", "2:2: declared and not used: x"},
		{"break_outside", "func f() {\n\tbreak\n}", "2:2: break is not in a loop, switch, or select"},
		{"continue_in_switch", "func f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tcontinue\n\t}\n}", "4:3: continue is not in a loop"},
		{"break_in_select_in_lit", "func f(ch chan int) {\n\tfor {\n\t\tfunc() {\n\t\t\tselect {\n\t\t\tcase <-ch:\n\t\t\t\tbreak\n\t\t\t}\n\t\t}()\n\t}\n}", ""},
		{"continue_in_lit_in_loop", "func f() {\n\tfor {\n\t\tfunc() {\n\t\t\tcontinue\n\t\t}()\n\t}\n}", "4:4: continue is not in a loop"},
		{"distinct_cases", "func f(x string) {\n\tswitch x {\n\tcase \"1\":\n\tcase \"2\":\n\t}\n}", ""},
		{"assign_only", "func f() {\n\tx := 1\n\tx = 2\n}", "2:2: declared and not used: x"},
		{"incdec", "func f() {\n\tx := 1\n\tx++\n}", ""},
		{"opassign", "func f() {\n\tx := 1\n\tx += 2\n}", ""},
		{"blank_use", "func f() {\n\tx := 1\n\t_ = x\n}", ""},
		{"closure_use", "func f() func() int {\n\tx := 1\n\treturn func() int { return x }\n}", ""},
		{"closure_assign", "func f() {\n\tx := 1\n\tfunc() { x = 2 }()\n}", "2:2: declared and not used: x"},
		{"addr", "func f() *int {\n\tx := 1\n\treturn &x\n}", ""},
		{"addr_blank", "func f() {\n\tx := 1\n\t_ = &x\n}", ""},
		{"select_init", "func f(ch chan int) {\n\tselect {\n\tcase v := <-ch:\n\t\t_ = v\n\t}\n}", ""},
		{"select_unused", "func f(ch chan int) {\n\tselect {\n\tcase v := <-ch:\n\t}\n}", "3:7: declared and not used: v"},
		{"select_ok_unused", "func f(ch chan int) {\n\tselect {\n\tcase v, ok := <-ch:\n\t\t_ = v\n\t}\n}", "3:10: declared and not used: ok"},
		{"switch_init", "func f() int {\n\tswitch x := 3; {\n\tcase x > 1:\n\t\treturn 1\n\t}\n\treturn 0\n}", ""},
		{"switch_init_unused", "func f() {\n\tswitch x := 3; {\n\tdefault:\n\t}\n}", "2:9: declared and not used: x"},
		{"if_init_unused", "func f() {\n\tif x := 3; true {\n\t}\n}", "2:5: declared and not used: x"},
		{"defer_use", "func f() {\n\tx := 1\n\tdefer println(x)\n}", ""},
		{"multi_unused", "func g() (int, error) { return 1, nil }\nfunc f() {\n\tn, err := g()\n\t_ = n\n}", "3:5: declared and not used: err"},
		{"redecl", "func g() (int, error) { return 1, nil }\nfunc f() {\n\tn, err := g()\n\tm, err := g()\n\t_, _ = n, m\n}", "3:5: declared and not used: err"},
		{"shadow", "func f() {\n\tx := 1\n\t_ = x\n\t{\n\t\tx := 2\n\t}\n}", "5:3: declared and not used: x"},
		{"shadow_outer_used", "func f() {\n\tx := 1\n\t{\n\t\tx := 2\n\t\t_ = x\n\t}\n}", "2:2: declared and not used: x"},
		{"self_rhs", "func f() {\n\tx := 1\n\tx = x + 1\n}", ""},
		{"var_decl", "func f() {\n\tvar x int\n}", "2:6: declared and not used: x"},
		{"var_decl_used", "func f() int {\n\tvar x int\n\treturn x\n}", ""},
		{"const_unused", "func f() {\n\tconst c = 1\n}", ""},
		{"type_unused", "func f() {\n\ttype T int\n}", ""},
		{"range_unused", "func f(xs []int) {\n\tfor i, v := range xs {\n\t\t_ = v\n\t}\n}", "2:6: declared and not used: i"},
		{"range_ok", "func f(xs []int) (s int) {\n\tfor _, v := range xs {\n\t\ts += v\n\t}\n\treturn\n}", ""},
		{"for_var_used", "func f() {\n\tfor i := 0; i < 3; i++ {\n\t}\n}", ""},
		{"typeswitch_unused", "func f(v any) {\n\tswitch t := v.(type) {\n\tcase int:\n\t}\n}", "2:9: t declared and not used"},
		{"typeswitch_used_one", "func f(v any) {\n\tswitch t := v.(type) {\n\tcase int:\n\tcase string:\n\t\t_ = t\n\t}\n}", ""},
		{"label_unused", "func f() {\nL:\n\tfor {\n\t}\n}", "2:1: label L defined and not used"},
		{"label_break", "func f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n}", ""},
		{"label_continue", "func f() {\nL:\n\tfor i := 0; i < 2; i++ {\n\t\tcontinue L\n\t}\n}", ""},
		{"label_goto", "func f() {\n\tgoto L\nL:\n}", ""},
		{"missing_return", "func f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}", "5:1: missing return"},
		{"ret_infinite_for", "func f() int {\n\tfor {\n\t}\n}", ""},
		{"ret_for_break", "func f() int {\n\tfor {\n\t\tbreak\n\t}\n}", "5:1: missing return"},
		{"ret_for_inner_break", "func f() int {\n\tfor {\n\t\tswitch {\n\t\tdefault:\n\t\t\tbreak\n\t\t}\n\t}\n}", ""},
		{"ret_for_labeled_break", "func f() int {\nL:\n\tfor {\n\t\tfor {\n\t\t\tbreak L\n\t\t}\n\t}\n}", "8:1: missing return"},
		{"ret_panic", "func f() int {\n\tpanic(1)\n}", ""},
		{"ret_switch_default", "func f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\treturn 2\n\t}\n}", ""},
		{"ret_switch_nodefault", "func f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}", "6:1: missing return"},
		{"ret_switch_fallthrough", "func f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\tdefault:\n\t\treturn 2\n\t}\n}", ""},
		{"ret_typeswitch", "func f(v any) int {\n\tswitch v.(type) {\n\tcase int:\n\t\treturn 1\n\tdefault:\n\t\treturn 0\n\t}\n}", ""},
		{"ret_select_empty", "func f() int {\n\tselect {}\n}", ""},
		{"ret_if_else", "func f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else {\n\t\treturn 2\n\t}\n}", ""},
		{"ret_if_elseif", "func f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else if x < 0 {\n\t\treturn 2\n\t}\n}", "7:1: missing return"},
		{"ret_range", "func f(xs []int) int {\n\tfor range xs {\n\t\treturn 1\n\t}\n}", "5:1: missing return"},
		{"ret_goto", "func f() int {\nL:\n\tgoto L\n}", ""},
		{"ret_funclit", "func f() {\n\tg := func() int {\n\t}\n\t_ = g\n}", "3:2: missing return"},
		{"ret_block", "func f() int {\n\t{\n\t\treturn 1\n\t}\n}", ""},
		{"ret_os_exit", "func f() int {\n\tprintln()\n}", "3:1: missing return"},
		{"composite_key", "type T struct{ x int }\nfunc f() T {\n\tx := 1\n\treturn T{x: 2}\n}", ""},
		{"composite_mapkey", "func f() map[int]int {\n\tx := 1\n\treturn map[int]int{x: 2}\n}", ""},
		{"method_recv", "type T struct{ a int }\nfunc (t T) M(unused int) {\n}", ""},
		{"field_assign", "type T struct{ a int }\nfunc f() {\n\tvar t T\n\tt.a = 1\n}", ""},
		{"index_assign", "func f() {\n\ta := make([]int, 1)\n\ta[0] = 1\n}", ""},
		{"ptr_assign", "func f(p *int) {\n\tq := p\n\t*q = 1\n}", ""},
		{"named_result", "func f() (r int) {\n\tr = 1\n\treturn\n}", ""},
		{"go_use", "func f() {\n\tx := 1\n\tgo println(x)\n}", ""},
		{"funclit_unused_inner", "var g = func() {\n\ty := 2\n}", "2:2: declared and not used: y"},
		{"two_errors", "func f() {\n\ta := 1\n\tb := 2\n}", "2:2: declared and not used: a"},
		{"closure_param_unused", "func f() {\n\tg := func(a int) {}\n\tg(1)\n}", ""},
		{"struct_method_value", "type T struct{}\nfunc (T) M() {}\nfunc f() {\n\tvar t T\n\tg := t.M\n\tg()\n}", ""},
		{"ret_for_cond", "func f() int {\n\tfor true {\n\t}\n}", "4:1: missing return"},
		{"ret_select_cases", "func f(c chan int) int {\n\tselect {\n\tcase <-c:\n\t\treturn 1\n\t}\n}", ""},
		{"ret_select_break", "func f(c chan int) int {\n\tselect {\n\tcase <-c:\n\t\tbreak\n\t}\n}", "6:1: missing return"},
		{"ret_labeled_for", "func f() int {\nL:\n\tfor {\n\t\tcontinue L\n\t}\n}", ""},
		{"typeswitch_blank_header", "func f(v any) {\n\tswitch v := v.(type) {\n\tcase int:\n\t\t_ = v\n\t}\n}", ""},
		{"used_in_cond", "func f() {\n\tx := 1\n\tif x > 0 {\n\t}\n}", ""},
		{"var_multi", "func f() {\n\tvar a, b = 1, 2\n\t_ = a\n}", "2:9: declared and not used: b"},
	}
	runVetCases(t, cases)
}

// The variables of a cell's top level are globals, free to be unused (a
// later cell may use them); those of its nested blocks and func literals
// are not.
func TestVetTopLevel(t *testing.T) {
	ts := newSession(t)
	for _, tc := range []struct{ code, want string }{
		{"x := 3\nvar y int\nimport \"strings\"", ""},
		{"for i := 0; i < 3; i++ {\n\ty := i\n}", "2:2: declared and not used: y"},
		{"if z := 1; true {\n}", "1:4: declared and not used: z"},
		{"a := 1\nfunc() {\n\tc := 3\n\td := 4\n}()", "3:2: declared and not used: c"},
		{"switch t := any(1).(type) {\ncase int:\n}", "1:8: t declared and not used"},
		{"L:\n\tfor {\n\t\tbreak\n\t}", "1:1: label L defined and not used"},
		{"func g() int {\n\tfor {\n\t}\n}\nfunc h() int {\n\tselect {}\n}", ""},
		{"func k() int {\n\tif true {\n\t\treturn 1\n\t}\n}", "5:1: missing return"},
		// x declared in the cell above (a global) is used here.
		{"func useX() int { return x }\nuseX()", ""},
	} {
		c := ts.run(tc.code)
		got := ""
		if c.err != nil {
			got = strings.SplitN(c.err.Error(), "\n", 2)[0]
		}
		if got != tc.want {
			t.Errorf("%s\n=> %q, want %q", tc.code, got, tc.want)
		}
	}
}

// A vetCase is a cell (code) and the first line of the error go build
// gives for it ("" when it builds).
type vetCase struct{ name, code, want string }

// runVetCases runs each case in a fresh session and checks that the cell
// is rejected with want's line, or accepted when want is "".
func runVetCases(t *testing.T, cases []vetCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			c := ts.run(tc.code)
			switch {
			case tc.want == "" && c.err != nil:
				t.Errorf("%s\n=> rejected: %v", tc.code, c.err)
			case tc.want != "" && c.err == nil:
				t.Errorf("%s\n=> accepted, want %q", tc.code, tc.want)
			case tc.want != "" && strings.SplitN(c.err.Error(), "\n", 2)[0] != tc.want:
				t.Errorf("%s\n=> %q, want %q", tc.code, c.err.Error(), tc.want)
			}
		})
	}
}
