package eval

import "testing"

// TestVetRecursiveType checks that a type that contains itself is a
// compile error with gc's words (the interpreter made its layout until the
// stack overflowed, which ended the process), and that types reaching
// themselves through pointers, slices, maps, funcs and channels compile.
// Each case was built with go build as "package main\n\n" + code +
// "\n\nfunc main() {}".
func TestVetRecursiveType(t *testing.T) {
	cases := []vetCase{
		{"self_field", "type T struct {\n\tnext T\n}", "1:6: invalid recursive type: T refers to itself"},
		{"self_array", "type A [2]A", "1:6: invalid recursive type: A refers to itself"},
		{"two_types", "type B struct {\n\ta A\n}\n\ntype A struct {\n\tb [2]B\n\tp *A\n}", "1:6: invalid recursive type B"},
		{"through_alias", "type C = struct{ c D }\ntype D [3]C", "2:6: invalid recursive type: D refers to itself"},
		{"local_type", "func f() {\n\ttype N struct{ n [1]N }\n\tvar n N\n\t_ = n\n}", "2:7: invalid recursive type: N refers to itself"},
		{"embedded_self", "type E struct {\n\tE\n}", "1:6: invalid recursive type: E refers to itself"},
		{"local_alias_of_outer", "type T int\n\nfunc f() {\n\ttype Prev = T\n\ttype T struct{ a, b Prev }\n\t_ = T{1, 2}\n}", ""},
		{"pointer_ok", "type L struct {\n\tnext *L\n\tkids []L\n\tm    map[string]L\n\tf    func(L) L\n\tc    chan L\n}", ""},
		{"generic_ok", "type G[T any] struct {\n\tv    T\n\tnext *G[T]\n}", ""},
	}
	runVetCases(t, cases)
}
