package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		if n > 100 {
			break
		}
		return "small even"
	default:
		return "odd"
	}
	return "big even"
}

func grade(score int) (g string) {
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
		fallthrough
	case 6:
		g += "(pass)"
	default:
		g = "F"
	}
	return
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return
}

func typeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []any:
		s := "list["
		for i, e := range x {
			if i > 0 {
				s += ","
			}
			s += typeName(e)
		}
		return s + "]"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	for _, n := range []int{-5, 0, 4, 7, 200} {
		fmt.Print(classify(n), "; ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 85, 75, 65, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(collatz(27), collatz(1), collatz(97))
	fmt.Println(typeName(nil), "|", typeName(3), "|", typeName(int64(4)), "|", typeName("abc"))
	fmt.Println(typeName(fmt.Errorf("e")), "|", typeName(S{}), "|", typeName(3.5), "|", typeName([]any{1, "x", nil, S{}}))
	x := 5
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
		fallthrough
	case 11:
		fmt.Println("fell into 11")
		fallthrough
	default:
		fmt.Println("and default")
	}
	switch {
	default:
		fmt.Println("default first in source")
	case x > 3:
		fmt.Println("x > 3 wins")
	}
	i := 0
	for {
		switch {
		case i > 3:
			goto end
		}
		i++
	}
end:
	fmt.Println("i =", i)
	var f func() int
	switch f {
	case nil:
		fmt.Println("nil func")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched concatenation")
	}
	cnt := 0
outer:
	for a := 0; a < 5; a++ {
		switch a {
		case 1:
			continue outer
		case 3:
			break outer
		}
		cnt += 10
	}
	fmt.Println("cnt", cnt)
}
