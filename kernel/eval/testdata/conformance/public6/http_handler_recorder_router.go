package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Server struct {
	mu    sync.Mutex
	todos map[int]*Todo
	next  int
	mux   *http.ServeMux
}

func NewServer() *Server {
	s := &Server{todos: map[int]*Todo{}, next: 1, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /todos", s.list)
	s.mux.HandleFunc("POST /todos", s.create)
	s.mux.HandleFunc("GET /todos/{id}", s.get)
	s.mux.HandleFunc("DELETE /todos/{id}", s.remove)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Server", "gonotes")
	s.mux.ServeHTTP(w, r)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Todo, 0, len(s.todos))
	for _, t := range s.todos {
		if r.URL.Query().Get("done") == "" || strconv.FormatBool(t.Done) == r.URL.Query().Get("done") {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	var t Todo
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.Title == "" {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "title required"})
		return
	}
	s.mu.Lock()
	t.ID = s.next
	s.next++
	s.todos[t.ID] = &t
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, t)
}

func (s *Server) lookup(w http.ResponseWriter, r *http.Request) (*Todo, bool) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.todos[id]
	if !ok {
		http.NotFound(w, r)
	}
	return t, ok
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	if t, ok := s.lookup(w, r); ok {
		writeJSON(w, http.StatusOK, t)
	}
}

func (s *Server) remove(w http.ResponseWriter, r *http.Request) {
	if t, ok := s.lookup(w, r); ok {
		s.mu.Lock()
		delete(s.todos, t.ID)
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func do(h http.Handler, method, target, body string) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	fmt.Printf("%-6s %-16s %d %-16s %q\n", method, target, res.StatusCode, res.Header.Get("Content-Type"), strings.TrimSpace(string(b)))
}

func main() {
	s := NewServer()
	do(s, "POST", "/todos", `{"title":"write tests"}`)
	do(s, "POST", "/todos", `{"title":"ship it","done":true}`)
	do(s, "POST", "/todos", `{"nope":1}`)
	do(s, "GET", "/todos", "")
	do(s, "GET", "/todos?done=true", "")
	do(s, "GET", "/todos/2", "")
	do(s, "GET", "/todos/x", "")
	do(s, "DELETE", "/todos/1", "")
	do(s, "DELETE", "/todos/1", "")
	do(s, "PUT", "/todos/2", "")
	do(s, "GET", "/missing", "")
}
