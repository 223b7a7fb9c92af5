package main

import (
	"fmt"
	"os"
)

// The results of a call of several results can be the arguments of a
// builtin: append(f()), complex(f()), copy(f()), print(f()), println(f()).

func parts() (float64, float64) { return 3, -4 }

func withTail() ([]string, string, string) { return []string{"a"}, "b", "c" }

func buffers() ([]byte, string) { return make([]byte, 3), "xyz!" }

func pair() (int, string) { return 7, "seven" }

func main() {
	z := complex(parts())
	fmt.Println(z, real(z), imag(z))
	s := append(withTail())
	fmt.Println(s, len(s))
	b := make([]byte, 0)
	n := copy(buffers())
	fmt.Println(n, len(b))
	print(pair())
	print("\n")
	println(pair())
	println(parts())
	fmt.Fprintln(os.Stderr, "done")
}
