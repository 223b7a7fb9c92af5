package main

import (
	"errors"
	"fmt"
)

var (
	ErrStop        = errors.New("stop codon")
	ErrInvalidBase = errors.New("invalid base")
)

type codonError struct {
	Codon string
	Pos   int
}

func (e *codonError) Error() string { return fmt.Sprintf("codon %q at %d", e.Codon, e.Pos) }
func (e *codonError) Unwrap() error { return ErrInvalidBase }

func FromCodon(c string) (string, error) {
	switch c {
	case "AUG":
		return "Methionine", nil
	case "UUU", "UUC":
		return "Phenylalanine", nil
	case "UUA", "UUG":
		return "Leucine", nil
	case "UCU", "UCC", "UCA", "UCG":
		return "Serine", nil
	case "UAU", "UAC":
		return "Tyrosine", nil
	case "UGU", "UGC":
		return "Cysteine", nil
	case "UGG":
		return "Tryptophan", nil
	case "UAA", "UAG", "UGA":
		return "", ErrStop
	}
	return "", &codonError{Codon: c}
}

func FromRNA(rna string) ([]string, error) {
	var out []string
	for i := 0; i+3 <= len(rna); i += 3 {
		p, err := FromCodon(rna[i : i+3])
		if err == ErrStop {
			break
		}
		var ce *codonError
		if errors.As(err, &ce) {
			ce.Pos = i
			return out, fmt.Errorf("translate: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}

func main() {
	for _, rna := range []string{"AUGUUUUGG", "UGGUGUUAUUAAUGGUUU", "AUGUUUXYZUGG", "UUUUU", ""} {
		ps, err := FromRNA(rna)
		fmt.Printf("%-20s %v %v", rna, ps, err)
		if err != nil {
			fmt.Printf(" is-invalid=%v", errors.Is(err, ErrInvalidBase))
		}
		fmt.Println()
	}
	_, err := FromCodon("UAG")
	fmt.Println(err == ErrStop, errors.Is(err, ErrInvalidBase))
}
