package main

import (
	"fmt"
	"log"
	"math/big"
)

func main() {
	// ExampleRat_SetString
	{
		r := new(big.Rat)
		r.SetString("355/113")
		fmt.Println(r.FloatString(3))
	}

	// ExampleInt_SetString
	{
		i := new(big.Int)
		i.SetString("644", 8) // octal
		fmt.Println(i)
	}

	// ExampleFloat_SetString
	{
		f := new(big.Float)
		f.SetString("3.14159")
		fmt.Println(f)
	}

	// ExampleRat_Scan
	{
		// The Scan function is rarely used directly;
		// the fmt package recognizes it as an implementation of fmt.Scanner.
		r := new(big.Rat)
		_, err := fmt.Sscan("1.5000", r)
		if err != nil {
			log.Println("error scanning value:", err)
		} else {
			fmt.Println(r)
		}
	}

	// ExampleInt_Scan
	{
		// The Scan function is rarely used directly;
		// the fmt package recognizes it as an implementation of fmt.Scanner.
		i := new(big.Int)
		_, err := fmt.Sscan("18446744073709551617", i)
		if err != nil {
			log.Println("error scanning value:", err)
		} else {
			fmt.Println(i)
		}
	}

	// ExampleFloat_Scan
	{
		// The Scan function is rarely used directly;
		// the fmt package recognizes it as an implementation of fmt.Scanner.
		f := new(big.Float)
		_, err := fmt.Sscan("1.19282e99", f)
		if err != nil {
			log.Println("error scanning value:", err)
		} else {
			fmt.Println(f)
		}
	}
}
