package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	// ExampleErrorf
	{
		const name, id = "bueller", 17
		err := fmt.Errorf("user %q (id %d) not found", name, id)
		fmt.Println(err.Error())

	}

	// ExampleFscanf
	{
		var (
			i int
			b bool
			s string
		)
		r := strings.NewReader("5 true gophers")
		n, err := fmt.Fscanf(r, "%d %t %s", &i, &b, &s)
		if err != nil {
			fmt.Fprintf(os.Stderr, "Fscanf: %v\n", err)
		}
		fmt.Println(i, b, s)
		fmt.Println(n)
	}

	// ExampleFscanln
	{
		s := `dmr 1771 1.61803398875
	ken 271828 3.14159`
		r := strings.NewReader(s)
		var a string
		var b int
		var c float64
		for {
			n, err := fmt.Fscanln(r, &a, &b, &c)
			if err == io.EOF {
				break
			}
			if err != nil {
				panic(err)
			}
			fmt.Printf("%d: %s, %d, %f\n", n, a, b, c)
		}
	}

	// ExampleSscanf
	{
		var name string
		var age int
		n, err := fmt.Sscanf("Kim is 22 years old", "%s is %d years old", &name, &age)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d: %s, %d\n", n, name, age)

	}

	// ExamplePrint
	{
		const name, age = "Kim", 22
		fmt.Print(name, " is ", age, " years old.\n")

		// It is conventional not to worry about any
		// error returned by Print.

	}
}
