package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	// ExamplePrintln
	{
		const name, age = "Kim", 22
		fmt.Println(name, "is", age, "years old.")

		// It is conventional not to worry about any
		// error returned by Println.

	}

	// ExamplePrintf
	{
		const name, age = "Kim", 22
		fmt.Printf("%s is %d years old.\n", name, age)

		// It is conventional not to worry about any
		// error returned by Printf.

	}

	// ExampleSprint
	{
		const name, age = "Kim", 22
		s := fmt.Sprint(name, " is ", age, " years old.\n")

		io.WriteString(os.Stdout, s) // Ignoring error for simplicity.

	}

	// ExampleSprintln
	{
		const name, age = "Kim", 22
		s := fmt.Sprintln(name, "is", age, "years old.")

		io.WriteString(os.Stdout, s) // Ignoring error for simplicity.

	}

	// ExampleSprintf
	{
		const name, age = "Kim", 22
		s := fmt.Sprintf("%s is %d years old.\n", name, age)

		io.WriteString(os.Stdout, s) // Ignoring error for simplicity.

	}

	// ExampleFprint
	{
		const name, age = "Kim", 22
		n, err := fmt.Fprint(os.Stdout, name, " is ", age, " years old.\n")

		// The n and err return values from Fprint are
		// those returned by the underlying io.Writer.
		if err != nil {
			fmt.Fprintf(os.Stderr, "Fprint: %v\n", err)
		}
		fmt.Print(n, " bytes written.\n")

	}
}
