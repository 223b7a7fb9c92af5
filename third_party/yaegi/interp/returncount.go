package interp

// gonotes patch (whole file, s15-noticeda): the values of a return
// statement against the results of its function, in go/types' words.

import "strings"

// returnValuesErr returns go/types' error for the return statement n of a
// function of type ft when its values do not match the results: "too many
// return values" or "not enough return values" followed by the types it
// has and the types it wants ("\n\thave (int, int)\n\twant (int)"), "g()
// (no value) used as value" for return g() with g of no result, and
// "cannot use g() (value of type string) as int value in return
// statement" for return g() with g's results of other types. named tells
// that the results are named (a bare return is then allowed). It returns
// nil when the values match, and when a call's results cannot be counted.
//
// A return g() with g's results as the values was checked only for its
// first one: `func f() int { return g() }` with g of two results
// compiled and failed when it ran (index out of range), and with g's
// second result of another type (reflect.Set panicked).
func returnValuesErr(n *node, sc *scope, ft *itype, named bool) error {
	want := ft.numOut()
	if len(n.child) == 0 && (named || want == 0) {
		return nil
	}
	var have []string
	var call *itype // the type of the function of return g(), if g has several results or none
	if len(n.child) == 1 {
		if t, k, ok := callResults(n.child[0], sc); ok && k != 1 {
			if k == 0 {
				return n.child[0].cfgErrorf("%s (no value) used as value", callString(n.child[0]))
			}
			call = t
			for i := 0; i < k; i++ {
				have = append(have, n.tname(t.out(i)))
			}
		}
	}
	if call == nil {
		for _, c := range n.child {
			have = append(have, valueSummary(n, c))
		}
	}
	if len(have) == want {
		if call == nil {
			return nil
		}
		for i := 0; i < want; i++ {
			ot, wt := call.out(i), ft.out(i)
			if ot == nil || wt == nil || ot.assignableTo(wt) {
				continue
			}
			c := n.child[0]
			return c.cfgErrorf("cannot use %s (value of type %s) as %s value in return statement", callString(c), n.tname(ot), n.tname(wt))
		}
		return nil
	}
	wants := make([]string, want)
	for i := range wants {
		wants[i] = n.tname(ft.out(i))
	}
	msg := "not enough return values"
	if len(have) > want {
		msg = "too many return values"
	}
	// At the first value, or the first one too many (as go/types).
	at := n
	switch {
	case call == nil && len(have) > want:
		at = n.child[want]
	case len(n.child) > 0:
		at = n.child[0]
	}
	return at.cfgErrorf("%s\n\thave (%s)\n\twant (%s)", msg, strings.Join(have, ", "), strings.Join(wants, ", "))
}

// valueSummary returns how go/types names the type of the value c in the
// list of the types a statement has: an untyped numeric constant is a
// "number", another untyped value has its kind (string, bool, nil).
func valueSummary(n, c *node) string {
	t := c.typ
	switch {
	case t == nil:
		return "unknown type"
	case t.cat == nilT:
		return "nil"
	case t.untyped:
		switch t.cat {
		case stringT:
			return "string"
		case boolT:
			return "bool"
		}
		return "number"
	}
	return n.tname(t)
}
