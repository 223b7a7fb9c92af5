package main

import (
	"fmt"
	"strconv"
	"strings"
)

func classify(s string) string {
	switch n, err := strconv.Atoi(s); {
	case err != nil:
		return "nan"
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		if n > 100 {
			return "big even"
		}
		fallthrough
	case n < 10:
		return fmt.Sprintf("small-or-even(%d)", n)
	default:
		return "odd"
	}
}

func grade(score int) (g string) {
	switch {
	case score >= 90:
		g = "A"
	case score >= 80:
		g = "B"
	case score >= 70:
		g = "C"
	default:
		g = "F"
	}
	switch g {
	case "A", "B":
		g += "+"
	case "F":
		break
	}
	return
}

type Token interface{}

func describe(toks ...Token) string {
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 {
			sb.WriteString(", ")
		}
		switch v := t.(type) {
		case int, int64:
			sb.WriteString(fmt.Sprintf("int:%v", v))
		case float64:
			sb.WriteString("float:" + strconv.FormatFloat(v, 'f', -1, 64))
		case string:
			if v == "" {
				sb.WriteString("empty")
				break
			}
			sb.WriteString("str:" + v)
		case []Token:
			sb.WriteString("[" + describe(v...) + "]")
		case nil:
			sb.WriteString("nil")
		case error:
			sb.WriteString("err:" + v.Error())
		case fmt.Stringer:
			sb.WriteString("stringer:" + v.String())
		default:
			sb.WriteString(fmt.Sprintf("other:%T", v))
		}
	}
	return sb.String()
}

type ip [4]byte

func (p ip) String() string { return fmt.Sprintf("%d.%d.%d.%d", p[0], p[1], p[2], p[3]) }

func main() {
	for _, s := range []string{"x", "-3", "0", "4", "7", "13", "200", "8"} {
		fmt.Printf("%s:%s ", s, classify(s))
	}
	fmt.Println()
	for _, sc := range []int{95, 85, 75, 10} {
		fmt.Print(grade(sc), " ")
	}
	fmt.Println()
	fmt.Println(describe(1, int64(2), 2.5, "", "s", nil, []Token{3, "in"}, fmt.Errorf("e"), ip{127, 0, 0, 1}, struct{}{}, uint8(1)))

	x := 5
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
		fallthrough
	case 11:
		fmt.Println("eleven (fallthrough)")
		fallthrough
	default:
		fmt.Println("default reached")
	}
	switch {
	}
	switch x := "shadow"; x {
	case "shadow":
		fmt.Println("shadowed", x)
	}
	fmt.Println(x)
}
