package queue

import (
	"cmp"
	"fmt"
	"reflect"
	"strings"

	"github.com/gonotes/gonotes/lib/internal/pyrepr"
)

// Item is an item with an explicit priority for a [PriorityQueue], as the
// (priority, item) tuples of Python:
//
//	pq.Put(queue.Item{Priority: 2, Value: "write code"})
//	it := pq.Get().(queue.Item)
//
// Items are ordered as Python orders the tuples: by Priority (smallest
// first), then, among equal priorities, by Value when the values can be
// ordered (numbers, strings, []any tuples, Items: (1, "apple") before
// (1, "zebra")). Values that cannot be ordered against each other (structs,
// maps, a string and a number), for which Python would raise TypeError, come
// out in the order they were put. Priority may be any number or a string.
type Item struct {
	Priority any
	Value    any
}

// String returns the item as Python prints the tuple, e.g.
// "(2, 'write code')".
func (it Item) String() string {
	return "(" + pyrepr.Value(it.Priority) + ", " + pyrepr.Value(it.Value) + ")"
}

const (
	clNumber = iota + 1
	clString
	clItem
	clTuple
)

func class(v any) int {
	switch v.(type) {
	case Item:
		return clItem
	case []any:
		return clTuple
	}
	if v == nil {
		return 0
	}
	switch reflect.ValueOf(v).Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Bool:
		return clNumber
	case reflect.String:
		return clString
	}
	return 0
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case Item:
		return "queue.Item"
	case []any:
		return "tuple"
	}
	switch class(v) {
	case clString:
		return "str"
	case clNumber:
		k := reflect.ValueOf(v).Kind()
		if k == reflect.Float32 || k == reflect.Float64 {
			return "float"
		}
		return "int"
	}
	switch reflect.TypeOf(v).Kind() {
	case reflect.Slice, reflect.Array:
		if _, ok := v.([]byte); ok {
			return "bytes"
		}
		return "list"
	case reflect.Map:
		return "dict"
	}
	return reflect.TypeOf(v).String()
}

// typeError is Python's TypeError for a < b, naming the types of the first
// elements that cannot be ordered, as Python's tuple comparison does:
// (1, {}) < (1, {}) fails on 'dict' and 'dict'.
func typeError(a, b any) error {
	a, b = unorderable(a, b)
	return fmt.Errorf("TypeError: '<' not supported between instances of '%s' and '%s'", typeName(a), typeName(b))
}

// unorderable returns the elements of a and b whose comparison fails:
// within two tuples, the first pair of elements that differ or cannot be
// ordered; within two Items, their Priorities; else a and b.
func unorderable(a, b any) (any, any) {
	switch x := a.(type) {
	case []any:
		if y, ok := b.([]any); ok {
			for i := 0; i < len(x) && i < len(y); i++ {
				if pyEqual(x[i], y[i]) {
					continue
				}
				if _, ok := tryCompare(x[i], y[i]); !ok {
					return unorderable(x[i], y[i])
				}
				break
			}
		}
	case Item:
		if y, ok := b.(Item); ok && !pyEqual(x.Priority, y.Priority) {
			if _, ok := tryCompare(x.Priority, y.Priority); !ok {
				return unorderable(x.Priority, y.Priority)
			}
		}
	}
	return a, b
}

// compare orders priority-queue items: numbers numerically, strings
// lexically, Items by Priority then Value, []any tuples element by element.
// Items of different kinds panic with Python's TypeError.
func compare(a, b any) int {
	c, ok := tryCompare(a, b)
	if !ok {
		panic(typeError(a, b))
	}
	return c
}

// tryCompare is compare reporting false where compare panics, except that
// Items whose priorities are equal and whose values cannot be ordered
// compare equal (they keep the order they were put in).
func tryCompare(a, b any) (int, bool) {
	// Fast paths for the common cases.
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			return cmp.Compare(x, y), true
		}
	case float64:
		if y, ok := b.(float64); ok {
			// Not cmp.Compare, which orders a NaN before every number:
			// as Python's <, a NaN is neither less nor greater than any
			// number, so that the heap keeps it where heapq does.
			switch {
			case x < y:
				return -1, true
			case x > y:
				return 1, true
			}
			return 0, true
		}
	case string:
		if y, ok := b.(string); ok {
			return strings.Compare(x, y), true
		}
	}
	ca, cb := class(a), class(b)
	if ca != cb || ca == 0 {
		return 0, false
	}
	switch ca {
	case clItem:
		ia, ib := a.(Item), b.(Item)
		if !pyEqual(ia.Priority, ib.Priority) {
			return tryCompare(ia.Priority, ib.Priority)
		}
		if c, ok := tryCompare(ia.Value, ib.Value); ok {
			return c, true
		}
		return 0, true
	case clTuple:
		// Python compares tuples as sequences: the first elements that
		// are not equal (==, which never fails) decide, with <; equal
		// elements are not ordered, so (1, None) < (1, None) is False,
		// not a TypeError.
		ta, tb := a.([]any), b.([]any)
		for i := 0; i < len(ta) && i < len(tb); i++ {
			if !pyEqual(ta[i], tb[i]) {
				return tryCompare(ta[i], tb[i])
			}
		}
		return cmp.Compare(len(ta), len(tb)), true
	case clString:
		return strings.Compare(reflect.ValueOf(a).String(), reflect.ValueOf(b).String()), true
	}
	return compareNumbers(reflect.ValueOf(a), reflect.ValueOf(b)), true
}

// pyEqual is Python's a == b for the elements of priority-queue items:
// numbers by value (1 == 1.0 == True), strings, tuples and Items element
// by element, None equal to None only, and other values (maps, lists,
// structs) by their contents; values of different kinds are not equal.
func pyEqual(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ca, cb := class(a), class(b)
	if ca != cb {
		return false
	}
	switch ca {
	case clNumber:
		return compareNumbers(reflect.ValueOf(a), reflect.ValueOf(b)) == 0 && !isNaN(a) && !isNaN(b)
	case clString:
		return reflect.ValueOf(a).String() == reflect.ValueOf(b).String()
	case clItem:
		ia, ib := a.(Item), b.(Item)
		return pyEqual(ia.Priority, ib.Priority) && pyEqual(ia.Value, ib.Value)
	case clTuple:
		ta, tb := a.([]any), b.([]any)
		if len(ta) != len(tb) {
			return false
		}
		for i := range ta {
			if !pyEqual(ta[i], tb[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

func isNaN(v any) bool {
	f, ok := v.(float64)
	if !ok {
		if g, ok32 := v.(float32); ok32 {
			f, ok = float64(g), true
		}
	}
	return ok && f != f
}

func compareNumbers(a, b reflect.Value) int {
	ia, aInt := intOf(a)
	ib, bInt := intOf(b)
	if aInt && bInt {
		switch {
		case ia < ib:
			return -1
		case ia > ib:
			return 1
		}
		return 0
	}
	if isUint(a) && isUint(b) {
		x, y := a.Uint(), b.Uint()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	x, y := floatOf(a), floatOf(b)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func isUint(v reflect.Value) bool { return v.Kind() >= reflect.Uint && v.Kind() <= reflect.Uintptr }

func intOf(v reflect.Value) (int64, bool) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int(), true
	case reflect.Bool:
		if v.Bool() {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func floatOf(v reflect.Value) float64 {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(v.Uint())
	}
	i, _ := intOf(v)
	return float64(i)
}
