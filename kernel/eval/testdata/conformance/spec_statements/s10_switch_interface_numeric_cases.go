package main

import "fmt"

// In a switch on a value of an interface type, case 1 (an int) and case
// 1.0 (a float64) are different cases: the value matches the one of its
// dynamic type (the interpreter refused the switch with "duplicate case
// 1.0 in expression switch").

func kind(v any) string {
	switch v {
	case 1:
		return "int one"
	case 1.0:
		return "float one"
	case '1':
		return "rune one"
	case "1":
		return "string one"
	}
	return "other"
}

func main() {
	fmt.Println(kind(1), kind(1.0), kind('1'), kind("1"), kind(int64(1)))
}
