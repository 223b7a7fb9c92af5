package main

import "fmt"

type Celsius float64
type Code int
type Name string
type Tags []string

type Meter struct{ base float64 }

func describe(v any) string { return fmt.Sprintf("%T(%v)", v, v) }

func describeAll(prefix string, vs ...any) {
	for i, v := range vs {
		switch x := v.(type) {
		case Celsius:
			fmt.Println(prefix, i, "celsius", float64(x))
		case float64:
			fmt.Println(prefix, i, "float64", x)
		case Code:
			fmt.Println(prefix, i, "code", int(x))
		case int:
			fmt.Println(prefix, i, "int", x)
		case Tags:
			fmt.Println(prefix, i, "tags", len(x))
		case []string:
			fmt.Println(prefix, i, "strings", len(x))
		default:
			fmt.Printf("%s %d other %T\n", prefix, i, x)
		}
	}
}

func (m Meter) Take(v any) string { return describe(v) }

func temp() Celsius { return 21.5 }

func pair() (Code, Name) { return 4, "four" }

func anyCode() any { return Code(3) }

func anySum(c Celsius) any { return c + 1 }

func anyNeg(c Code) any { return -c }

func anyTwo(n Name) (any, error) { return n + "!", nil }

func anyCall() any { return temp() }

func main() {
	c := Celsius(1.5)
	fmt.Println(describe(c), describe(Code(2)), describe(Name("n")), describe(Tags{"a"}))
	fmt.Println(describe(1.5), describe(2), describe("s"), describe([]string{"a"}))
	describeAll("args", c, 1.5, Code(1), 1, Tags{"x"}, []string{"y"})
	vs := []any{Code(7), 7}
	describeAll("spread", vs...)
	fmt.Println(describe(temp()))
	describeAll("nested", temp())
	fmt.Println(Meter{}.Take(Code(5)), Meter{}.Take(5))
	f := func(v any) string { return describe(v) }
	fmt.Println(f(Name("closure")), f("closure"))
	for _, r := range []any{anyCode(), anySum(2), anyNeg(3), anyCall()} {
		fmt.Println(describe(r))
	}
	r, err := anyTwo("hey")
	fmt.Println(describe(r), err)
	k, n := pair()
	fmt.Println(describe(k), describe(n))
	c = 30
	var held any = c
	c = 40
	fmt.Println(describe(held), describe(c))
	_, isFloat := held.(float64)
	got, isCelsius := held.(Celsius)
	fmt.Println(isFloat, isCelsius, got)
}
