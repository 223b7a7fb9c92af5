package eval

import "testing"

// Funcs that call each other and use a constant declared again are
// compiled again together: each calls the other's new version, and the
// cell prints what a program declaring the new constant prints (even and
// odd compiled one by one called each other's old versions: "true false
// true" for Go's "true false false").
func TestRerunMutuallyRecursiveFuncs(t *testing.T) {
	const funcs = `func even(n int) bool {
	if n == 0 {
		return true
	}
	if n < 0 {
		return false
	}
	return odd(n - step)
}
func odd(n int) bool {
	if n == 0 {
		return false
	}
	if n < 0 {
		return false
	}
	return even(n - step)
}`
	const call = `fmt.Println(even(4), odd(4), even(6), even(5))`
	fresh := newSession(t)
	fresh.ok(`import "fmt"`)
	fresh.ok(`const step = 2`)
	fresh.ok(funcs)
	want := fresh.ok(call).stdout.String()

	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`const step = 1`)
	ts.ok(funcs)
	if got := ts.ok(call).stdout.String(); got != "true false true false\n" {
		t.Errorf("with step 1: %q", got)
	}
	ts.ok(`const step = 2`)
	if got := ts.ok(call).stdout.String(); got != want {
		t.Errorf("after const step = 2: %q, want %q (a session that declared step = 2 first)", got, want)
	}
}
