package main

import (
	"fmt"
	"math"
	"os"
)

func main() {
	// ExampleFprintln
	{
		const name, age = "Kim", 22
		n, err := fmt.Fprintln(os.Stdout, name, "is", age, "years old.")

		// The n and err return values from Fprintln are
		// those returned by the underlying io.Writer.
		if err != nil {
			fmt.Fprintf(os.Stderr, "Fprintln: %v\n", err)
		}
		fmt.Println(n, "bytes written.")

	}

	// ExampleFprintf
	{
		const name, age = "Kim", 22
		n, err := fmt.Fprintf(os.Stdout, "%s is %d years old.\n", name, age)

		// The n and err return values from Fprintf are
		// those returned by the underlying io.Writer.
		if err != nil {
			fmt.Fprintf(os.Stderr, "Fprintf: %v\n", err)
		}
		fmt.Printf("%d bytes written.\n", n)

	}

	// Example_printers
	{
		a, b := 3.0, 4.0
		h := math.Hypot(a, b)

		// Print inserts blanks between arguments when neither is a string.
		// It does not add a newline to the output, so we add one explicitly.
		fmt.Print("The vector (", a, b, ") has length ", h, ".\n")

		// Println always inserts spaces between its arguments,
		// so it cannot be used to produce the same output as Print in this case;
		// its output has extra spaces.
		// Also, Println always adds a newline to the output.
		fmt.Println("The vector (", a, b, ") has length", h, ".")

		// Printf provides complete control but is more complex to use.
		// It does not add a newline to the output, so we add one explicitly
		// at the end of the format specifier string.
		fmt.Printf("The vector (%g %g) has length %g.\n", a, b, h)

	}
}
