package eval

import (
	"strings"
	"testing"
)

// TestVetGoto checks that a cell is rejected where go build rejects a goto
// that jumps into a block or over a variable declaration, with gc's
// message (where the block or declaration is at the cell's lines), and accepted where
// go build accepts the goto. Each case was built with go build as
// "package main\n\n" + code + "\n\nfunc main() {}".
func TestVetGoto(t *testing.T) {
	cases := []vetCase{
		{"over_define", "func f() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}", "2:7: goto L jumps over declaration of x at 3:4"},
		{"over_var", "func f() {\n\tgoto L\n\tvar y, z int\n\t_, _ = y, z\nL:\n}", "2:7: goto L jumps over declaration of y at 3:6"},
		{"over_const_type", "func f() {\n\tgoto L\n\tconst c = 1\n\ttype T int\nL:\n}", ""},
		{"backward", "func f() {\n\tx := 0\nL:\n\tx++\n\tif x < 3 {\n\t\tgoto L\n\t}\n}", ""},
		{"backward_over_decl", "func f() {\nL:\n\tx := 1\n\t_ = x\n\tgoto L\n}", ""},
		{"out_of_block", "func f(b bool) {\n\tif b {\n\t\tgoto L\n\t}\n\tprintln()\nL:\n}", ""},
		{"out_of_block_over_decl", "func f(b bool) {\n\tif b {\n\t\tgoto L\n\t}\n\tv := 1\n\t_ = v\nL:\n}", "3:8: goto L jumps over declaration of v at 5:4"},
		{"decl_in_inner_block", "func f() {\n\tgoto L\n\t{\n\t\tx := 1\n\t\t_ = x\n\t}\nL:\n}", ""},
		{"into_block", "func f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}", "2:7: goto L jumps into block starting at 3:2"},
		{"into_case", "func f(x int) {\n\tgoto L\n\tswitch x {\n\tcase 1:\n\tL:\n\t}\n}", "2:7: goto L jumps into block starting at 4:2"},
		{"into_else", "func f(b bool) {\n\tif b {\n\t\tgoto L\n\t} else {\n\tL:\n\t}\n}", "3:8: goto L jumps into block starting at 4:9"},
		{"within_case", "func f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tgoto L\n\tL:\n\t}\n}", ""},
		{"labeled_decl_target", "func f() {\n\tgoto L\n\tprintln()\nL:\n\tx := 1\n\t_ = x\n}", ""},
		{"in_func_lit", "var g = func() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}", "2:7: goto L jumps over declaration of x at 3:4"},
	}
	runVetCases(t, cases)
	// At a cell's top level (main's body typed as statements) too.
	ts := newSession(t)
	c := ts.run("goto end\nx := 1\nprintln(x)\nend:\nprintln(\"end\")")
	if c.err == nil || !strings.Contains(c.err.Error(), "goto end jumps over declaration of x") {
		t.Errorf("top level: got %v, want the goto's error", c.err)
	}
}
