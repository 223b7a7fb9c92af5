package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

func formatAtom(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "invalid"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Chan, reflect.Func, reflect.Ptr, reflect.Slice, reflect.Map:
		if v.IsNil() {
			return v.Type().String() + "(nil)"
		}
		return v.Type().String() + " value"
	default:
		return v.Type().String() + " value"
	}
}

func display(sb *strings.Builder, path string, v reflect.Value, depth int) {
	if depth > 6 {
		fmt.Fprintf(sb, "%s = ...\n", path)
		return
	}
	switch v.Kind() {
	case reflect.Invalid:
		fmt.Fprintf(sb, "%s = invalid\n", path)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			fmt.Fprintf(sb, "%s = nil\n", path)
		}
		for i := 0; i < v.Len(); i++ {
			display(sb, fmt.Sprintf("%s[%d]", path, i), v.Index(i), depth+1)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			tag := ""
			if t, ok := f.Tag.Lookup("display"); ok {
				tag = " (" + t + ")"
			}
			display(sb, fmt.Sprintf("%s.%s%s", path, f.Name, tag), v.Field(i), depth+1)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return formatAtom(keys[i]) < formatAtom(keys[j]) })
		for _, k := range keys {
			display(sb, fmt.Sprintf("%s[%s]", path, formatAtom(k)), v.MapIndex(k), depth+1)
		}
	case reflect.Ptr:
		if v.IsNil() {
			fmt.Fprintf(sb, "%s = nil\n", path)
		} else {
			display(sb, "(*"+path+")", v.Elem(), depth+1)
		}
	case reflect.Interface:
		if v.IsNil() {
			fmt.Fprintf(sb, "%s = nil\n", path)
		} else {
			fmt.Fprintf(sb, "%s.type = %s\n", path, v.Elem().Type())
			display(sb, path+".value", v.Elem(), depth+1)
		}
	default:
		fmt.Fprintf(sb, "%s = %s\n", path, formatAtom(v))
	}
}

func Display(name string, x any) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Display %s (%T):\n", name, x)
	display(&sb, name, reflect.ValueOf(x), 0)
	return sb.String()
}

type Movie struct {
	Title, Subtitle string
	Year            int `display:"release"`
	Color           bool
	Actor           map[string]string
	Oscars          []string
	Sequel          *string
	Extra           any
	Rating          float32
}

type Cycle struct {
	Value int
	Tail  *Cycle
}

func main() {
	strangelove := Movie{
		Title:    "Dr. Strangelove",
		Subtitle: "How I Learned to Stop Worrying and Love the Bomb",
		Year:     1964,
		Actor: map[string]string{
			"Dr. Strangelove":            "Peter Sellers",
			"Grp. Capt. Lionel Mandrake": "Peter Sellers",
			"Gen. Buck Turgidson":        "George C. Scott",
		},
		Oscars: []string{"Best Actor (Nomin.)", "Best Picture (Nomin.)"},
		Extra:  []any{1, "two", Cycle{3, nil}},
		Rating: 8.5,
	}
	fmt.Print(Display("strangelove", strangelove))
	fmt.Print(Display("ints", map[int][]bool{2: {true}, 1: nil}))
	c := &Cycle{1, nil}
	c.Tail = c
	fmt.Print(Display("c", c))
	var e error
	fmt.Print(Display("e", e))
	fmt.Print(Display("ptr", &strangelove.Year))
}
