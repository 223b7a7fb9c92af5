package main

import (
	"fmt"
	"strings"
)

func run(prog string, input string) string {
	tape := make([]byte, 30000)
	ptr, in := 0, 0
	var out strings.Builder
	jump := map[int]int{}
	var stack []int
	for i, c := range prog {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	for pc := 0; pc < len(prog); pc++ {
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return out.String()
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	fmt.Print(run(hello, ""))
	rev := ">,[>,]<[.<]"
	fmt.Println(run(rev, "stressed"))
}
