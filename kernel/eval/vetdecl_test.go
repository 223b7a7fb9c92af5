package eval

import "testing"

// TestVetDecl checks the errors that declErrors finds from the syntax as
// gc does (words and positions), and that the valid forms beside them
// compile. Each case was built with go build as "package main\n\n" + code
// + "\n\nfunc main() {}".
func TestVetDecl(t *testing.T) {
	cases := []vetCase{
		{"define_count", "func f() {\n\ta, b := 1, 2, 3\n\t_, _ = a, b\n}", "2:10: assignment mismatch: 2 variables but 3 values"},
		{"define_one_value", "func f() {\n\ta, b := 1\n\t_, _ = a, b\n}", "2:10: assignment mismatch: 2 variables but 1 value"},
		{"var_extra", "var a, b = 1, 2, 3", "1:18: extra init expr 3"},
		{"var_missing", "var a, b, c = 1, 2", "1:11: missing init expr for c"},
		{"comma_ok_forms", "func f(m map[int]int, x any, ch chan int) {\n\tv, ok := m[1]\n\ts, ok := x.(string)\n\tr, ok := <-ch\n\t_, _, _, _ = v, s, r, ok\n}", ""},
		{"assign_to_call", "func g() int { return 1 }\n\nfunc f() {\n\tg() = 2\n}", "4:2: cannot assign to g() (neither addressable nor a map index expression)"},
		{"label_twice", "func f() {\nL:\n\tgoto L\nL:\n}", "4:1: label L already defined at 2:1"},
		{"goto_undefined", "func f() {\n\tgoto M\n}", "2:7: label M not defined"},
		{"break_undefined", "func f() {\n\tfor {\n\t\tbreak M\n\t}\n}", "3:9: break label not defined: M"},
		{"labels_in_func_lit", "func f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n\tg := func() {\n\tL:\n\t\tgoto L\n\t}\n\tg()\n}", ""},
		{"two_defaults", "func f(x int) {\n\tswitch x {\n\tdefault:\n\tcase 1:\n\tdefault:\n\t}\n}", "5:2: multiple defaults (first at 3:2)"},
		{"fallthrough_final", "func f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}", "4:3: cannot fallthrough final case in switch"},
		{"init_params", "func init(x int) {}", "1:6: func init must have no arguments and no return values"},
		{"param_twice", "func f(a int, a string) {}", "1:15: a redeclared in this block"},
		{"iota_in_func", "func f() int {\n\treturn iota\n}", "2:9: cannot use iota outside constant declaration"},
		{"iota_declared", "func f() int {\n\tiota := 2\n\treturn iota\n}", ""},
		{"method_twice", "type T struct{}\n\nfunc (T) M() {}\nfunc (*T) M() {}", "4:11: method T.M already declared at 3:10"},
		{"method_on_interface", "type I interface{ M() }\n\nfunc (I) N() {}", "3:7: invalid receiver type I (pointer or interface type)"},
		{"init_as_value", "func init() {}\n\nvar f = init", "3:9: undefined: init"},
		{"init_local_var", "func f() int {\n\tinit := 1\n\treturn init\n}", ""},
		{"init_field", "type T struct{ init int }\n\nfunc f(t T) int { return t.init }", ""},
		{"embedded_pointer", "type P *int\ntype S struct {\n\tP\n}", "3:2: embedded field type cannot be a pointer"},
		{"struct_field_twice", "type S struct {\n\tA int\n\tA string\n}", "3:2: A redeclared"},
		{"embedded_field_twice", "type T struct{}\ntype S struct {\n\tT\n\tT int\n}", "4:2: T redeclared"},
		{"map_slice_key", "var m map[[]int]string", "1:11: invalid map key type []int"},
		{"map_func_key", "var m map[func()]int", "1:15: invalid map key type func()"},
		{"composite_of_int", "var x = int{1}", "1:9: invalid composite literal type int"},
	}
	runVetCases(t, cases)
}
